package org.mediationdesk.documents;

import org.mediationdesk.shared.SingleLine;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.mediationdesk.confidentiality.AccessPolicy;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceKind;
import org.mediationdesk.confidentiality.SqlPredicate;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The document registry. Every read and write is checked against the access policy; a document the viewer
 * may not see answers "not found", and lists and counts come from the policy's SQL predicate.
 */
@Service
public class DocumentRegistry {

	public static final int MAX_TITLE = 300;
	public static final int MAX_TEXT = 200_000;
	private static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/._-]{0,79}");
	private static final Pattern FILE_NAME = Pattern.compile("[^/\\\\:*?\"<>|\\p{Cntrl}]{1,200}");

	private final DocumentRepository documents;
	private final JdbcClient jdbc;
	private final AccessPolicy policy;
	private final ParticipantDirectory directory;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	DocumentRegistry(DocumentRepository documents, JdbcClient jdbc, AccessPolicy policy, ParticipantDirectory directory,
			ApplicationEventPublisher events, Clock clock) {
		this.documents = documents;
		this.jdbc = jdbc;
		this.policy = policy;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public DocumentPage search(Viewer viewer, DocumentQuery query) {
		SqlPredicate visible = policy.visibleTo(viewer, "d");
		StringBuilder where = new StringBuilder(" WHERE ").append(visible.sql());
		Map<String, Object> parameters = new HashMap<>(visible.parameters());
		if (query.text() != null) {
			where.append(" AND (LOWER(d.title) LIKE :text ESCAPE '\\' OR LOWER(d.symbol) LIKE :text ESCAPE '\\')");
			String literal = query.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
				.replace("_", "\\_");
			parameters.put("text", "%" + literal + "%");
		}
		if (query.kind() != null) {
			where.append(" AND d.kind = :kind");
			parameters.put("kind", query.kind().name());
		}
		if (query.authorKind() != null) {
			where.append(" AND d.author_kind = :authorKind");
			parameters.put("authorKind", query.authorKind().name());
		}
		if (query.authorGroup() != null) {
			where.append(" AND d.author_group = :authorGroup");
			parameters.put("authorGroup", query.authorGroup());
		}
		if (query.language() != null) {
			where.append(" AND EXISTS (SELECT 1 FROM language_version v WHERE v.document = d.id AND v.language = :language)");
			parameters.put("language", query.language().name());
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM document d" + where).params(parameters).query(Long.class).single();
		parameters.put("limit", DocumentQuery.PAGE_SIZE);
		parameters.put("offset", (long) query.page() * DocumentQuery.PAGE_SIZE);
		List<DocumentSummary> items = jdbc
			.sql("SELECT d.id, d.symbol, d.title, d.kind, d.author_kind, d.author_group, d.audience_kind,"
					+ " d.audience_group, d.circulation_date FROM document d" + where
					+ " ORDER BY d.circulation_date DESC, d.symbol LIMIT :limit OFFSET :offset")
			.params(parameters)
			.query((row, number) -> new DocumentSummary(row.getObject("id", UUID.class), row.getString("symbol"),
					row.getString("title"), DocumentKind.valueOf(row.getString("kind")),
					AuthorKind.valueOf(row.getString("author_kind")), row.getObject("author_group", UUID.class),
					new Audience(AudienceKind.valueOf(row.getString("audience_kind")),
							row.getObject("audience_group", UUID.class)),
					row.getObject("circulation_date", LocalDate.class)))
			.list();
		return new DocumentPage(items, query.page(), DocumentQuery.PAGE_SIZE, total);
	}

	@Transactional(readOnly = true)
	public DocumentDetail get(Viewer viewer, UUID id) {
		return loadVisible(viewer, id).detail();
	}

	/**
	 * Whether the viewer may revise this document: co-chairs and secretariat, or the authoring group, and
	 * only if they could give the document its present audience (a participant cannot, by correcting a
	 * typo, take a published document back from the public).
	 */
	public boolean mayRevise(Viewer viewer, DocumentDetail document) {
		if (!policy.maySee(viewer, document.audience()) || !policy.mayAssign(viewer, document.audience())) {
			return false;
		}
		return viewer.isMediator() || (document.authorKind() == AuthorKind.PARTICIPANT_GROUP
				&& viewer.belongsTo(document.authorGroup()));
	}

	/** Whether the viewer may file documents at all. */
	public boolean mayFile(Viewer viewer) {
		return viewer.isMediator() || viewer.isParticipant();
	}

	/** The audience a new document starts with: the narrowest the viewer may give. */
	public Audience defaultAudience(Viewer viewer) {
		return policy.narrowestAssignable(viewer);
	}

	/** The audiences the viewer may give a document. */
	public List<Audience> assignableAudiences(Viewer viewer) {
		return policy.assignable(viewer, directory.allGroups().stream().map(group -> group.id()).toList());
	}

	@Transactional
	public DocumentDetail file(Viewer viewer, DocumentDraft draft) {
		if (!mayFile(viewer)) {
			throw new DeskException.NotFound();
		}
		DocumentDraft checked = check(viewer, draft);
		if (documents.existsBySymbolAndSymbolSpace(checked.symbol(), Document.symbolSpace(checked.audience()))) {
			throw new DeskException.Conflict("document.symbolTaken", checked.symbol());
		}
		Document document = documents.save(Document.file(checked, viewer.username(), clock.instant()));
		events.publishEvent(new DocumentFiled(viewer.username(), document.id(), document.symbol(), checked.kind(),
				document.audience()));
		return document.detail();
	}

	/**
	 * Revises a document. {@code expectedVersion} is the version the editor started from; if someone saved
	 * in between, the revision is refused and nothing is lost.
	 */
	@Transactional
	public DocumentDetail revise(Viewer viewer, UUID id, long expectedVersion, DocumentDraft draft) {
		Document document = loadVisible(viewer, id);
		if (!mayRevise(viewer, document.detail())) {
			throw new DeskException.NotFound();
		}
		if (document.version() != expectedVersion) {
			throw new DeskException.Conflict("document.changedMeanwhile", document.symbol());
		}
		DocumentDraft checked = check(viewer, draft);
		String space = Document.symbolSpace(checked.audience());
		boolean moves = !checked.symbol().equals(document.symbol())
				|| !space.equals(Document.symbolSpace(document.audience()));
		if (moves && documents.existsBySymbolAndSymbolSpace(checked.symbol(), space)) {
			throw new DeskException.Conflict("document.symbolTaken", checked.symbol());
		}
		Audience before = document.audience();
		document.revise(checked, clock.instant());
		document = save(document);
		events.publishEvent(new DocumentRevised(viewer.username(), document.id(), document.symbol(), document.audience()));
		if (!before.equals(document.audience())) {
			events.publishEvent(new DocumentAudienceChanged(viewer.username(), document.id(), document.symbol(), before,
					document.audience()));
		}
		return document.detail();
	}

	@Transactional
	public DocumentDetail attach(Viewer viewer, UUID id, LanguageCode language, String fileName, byte[] content) {
		Document document = loadVisible(viewer, id);
		if (!mayRevise(viewer, document.detail())) {
			throw new DeskException.NotFound();
		}
		String name = fileName == null ? "" : SingleLine.clean(fileName).strip();
		if (!FILE_NAME.matcher(name).matches()) {
			throw new DeskException.Invalid("attachment.nameInvalid");
		}
		if (content == null || content.length == 0) {
			throw new DeskException.Invalid("attachment.empty");
		}
		if (content.length > AttachmentType.MAX_BYTES) {
			throw new DeskException.Invalid("attachment.tooLarge", AttachmentType.MAX_BYTES / (1024 * 1024));
		}
		AttachmentType type = AttachmentType.detect(content)
			.orElseThrow(() -> new DeskException.Invalid("attachment.typeUnknown"));
		if (!type.matchesName(name)) {
			throw new DeskException.Invalid("attachment.nameMismatch", type.extension());
		}
		UUID fileId = UUID.randomUUID();
		jdbc.sql("INSERT INTO document_file (id, content) VALUES (:id, :content)")
			.param("id", fileId)
			.param("content", content)
			.update();
		Optional<UUID> replaced = document.detach(language, clock.instant());
		document.attach(language, fileId, name, type, content.length, clock.instant());
		document = save(document);
		replaced.ifPresent(this::deleteFile);
		events.publishEvent(new DocumentFileAttached(viewer.username(), document.id(), document.symbol(), language,
				name, document.audience()));
		return document.detail();
	}

	@Transactional
	public DocumentDetail detach(Viewer viewer, UUID id, LanguageCode language) {
		Document document = loadVisible(viewer, id);
		if (!mayRevise(viewer, document.detail())) {
			throw new DeskException.NotFound();
		}
		UUID fileId = document.detach(language, clock.instant()).orElseThrow(DeskException.NotFound::new);
		document = save(document);
		deleteFile(fileId);
		events.publishEvent(new DocumentFileRemoved(viewer.username(), document.id(), document.symbol(), language,
				document.audience()));
		return document.detail();
	}

	/** The file of a language version, its reading put on record (one audit entry). */
	@Transactional
	public Attachment download(Viewer viewer, UUID id, LanguageCode language) {
		Attachment file = file(viewer, id, language);
		recordDownload(viewer, id, language);
		return file;
	}

	/**
	 * The file of a language version without putting its reading on record: for a download that may end in "not
	 * modified" or answer a {@code HEAD}, which take nothing out ({@link #recordDownload} then).
	 */
	@Transactional(readOnly = true)
	Attachment file(Viewer viewer, UUID id, LanguageCode language) {
		Document document = loadVisible(viewer, id);
		LanguageVersion version = document.versionIn(language)
			.filter(LanguageVersion::hasFile)
			.orElseThrow(DeskException.NotFound::new);
		byte[] content = jdbc.sql("SELECT content FROM document_file WHERE id = :id")
			.param("id", version.fileId())
			.query((row, number) -> row.getBytes("content"))
			.optional()
			.orElseThrow(DeskException.NotFound::new);
		return new Attachment(version.fileName(), version.fileType(), content);
	}

	/** Puts on record that the viewer downloaded the file of this language version. */
	@Transactional
	void recordDownload(Viewer viewer, UUID id, LanguageCode language) {
		Document document = loadVisible(viewer, id);
		events.publishEvent(new DocumentDownloaded(viewer.username(), document.id(), document.symbol(), language,
				document.audience()));
	}

	private Document loadVisible(Viewer viewer, UUID id) {
		return documents.findById(id)
			.filter(document -> policy.maySee(viewer, document.audience()))
			.orElseThrow(DeskException.NotFound::new);
	}

	private Document save(Document document) {
		try {
			return documents.save(document);
		}
		catch (OptimisticLockingFailureException e) {
			throw new DeskException.Conflict("document.changedMeanwhile", document.symbol());
		}
	}

	private void deleteFile(UUID fileId) {
		jdbc.sql("DELETE FROM document_file WHERE id = :id").param("id", fileId).update();
	}

	/** Validates a draft and applies the author rules: a participant always files as their own group. */
	private DocumentDraft check(Viewer viewer, DocumentDraft draft) {
		String symbol = draft.symbol() == null ? "" : draft.symbol().strip();
		if (!SYMBOL.matcher(symbol).matches()) {
			throw new DeskException.Invalid("document.symbolInvalid");
		}
		String title = draft.title() == null ? "" : SingleLine.clean(draft.title()).strip();
		if (title.isEmpty() || title.length() > MAX_TITLE) {
			throw new DeskException.Invalid("document.titleInvalid", MAX_TITLE);
		}
		if (draft.kind() == null) {
			throw new DeskException.Invalid("document.kindRequired");
		}
		if (draft.circulationDate() == null) {
			throw new DeskException.Invalid("document.dateRequired");
		}
		if (draft.audience() == null || !policy.mayAssign(viewer, draft.audience())) {
			throw new DeskException.Invalid("document.audienceNotAllowed");
		}
		if (draft.texts().values().stream().filter(Objects::nonNull).anyMatch(text -> text.length() > MAX_TEXT)) {
			throw new DeskException.Invalid("document.textTooLong", MAX_TEXT);
		}
		AuthorKind authorKind = draft.authorKind();
		UUID authorGroup = draft.authorGroup();
		if (viewer.isParticipant()) {
			authorKind = AuthorKind.PARTICIPANT_GROUP;
			authorGroup = viewer.groupId();
		}
		if (authorKind == null) {
			throw new DeskException.Invalid("document.authorRequired");
		}
		if (authorKind == AuthorKind.PARTICIPANT_GROUP && directory.group(authorGroup).isEmpty()) {
			throw new DeskException.Invalid("document.authorGroupRequired");
		}
		if (authorKind == AuthorKind.PARTICIPANT_GROUP && !policy.maySee(groupMember(authorGroup), draft.audience())) {
			// a group's document is always visible to that group; otherwise its symbol could give it away
			throw new DeskException.Invalid("document.audienceHidesFromAuthor");
		}
		symbol = inAuthorsNamespace(symbol, authorKind == AuthorKind.PARTICIPANT_GROUP ? authorGroup : null);
		Map<LanguageCode, String> texts = new HashMap<>();
		draft.texts().forEach((language, text) -> texts.put(language, text == null ? "" : text.strip()));
		return new DocumentDraft(symbol, title, draft.kind(), authorKind, authorGroup, draft.audience(),
				draft.circulationDate(), texts);
	}

	/**
	 * A participant group's documents have symbols that start with the group's code ({@code GE/2026/1}); the
	 * prefix is added if missing, and no one else may use it. So a clash of symbols only ever involves the
	 * filer's own group's documents.
	 */
	private String inAuthorsNamespace(String symbol, UUID authorGroup) {
		String own = null;
		for (GroupView group : directory.allGroups()) {
			String prefix = group.code() + "/";
			if (group.id().equals(authorGroup)) {
				own = prefix;
			}
			else if (symbol.regionMatches(true, 0, prefix, 0, prefix.length())) {
				throw new DeskException.Invalid("document.symbolReserved", prefix);
			}
		}
		if (own == null) {
			return symbol;
		}
		boolean prefixed = symbol.regionMatches(true, 0, own, 0, own.length());
		String full = prefixed ? own + symbol.substring(own.length()) : own + symbol;
		if (!SYMBOL.matcher(full).matches()) {
			throw new DeskException.Invalid("document.symbolInvalid");
		}
		return full;
	}

	private static Viewer groupMember(UUID group) {
		return new Viewer(null, "member", Role.PARTICIPANT, null, group);
	}
}
