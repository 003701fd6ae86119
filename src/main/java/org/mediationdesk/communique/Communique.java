package org.mediationdesk.communique;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mediationdesk.shared.ApprovedText;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * One edition of a round's communiqué with its versions per language and its approvals. It guards the rules of
 * the sign-off: only a draft is edited; an edit withdraws every approval given; an institution approves once, and
 * only the text it read; the three approvals come before an embargo and a publication; a published edition is never
 * changed, only corrected by a new edition; the embargo job publishes only what is due. Each illegal step throws a
 * {@link DeskException} that carries the current status.
 *
 * <p>It is not approved, put under embargo or published unfinished: while any language version holds a placeholder
 * (text in square brackets, which the drafting writes where the co-chairs are to write, and which a communiqué never
 * carries otherwise), or while a Russian or Georgian version renders an earlier revision of the English text than the
 * one standing. Each English edit that changes the text is a new revision; a version renders the revision that stood
 * when it was last written, or when a co-chair confirmed it as still right. A version older than the English is "to be
 * brought up to date" until a co-chair edits it, confirms it, or withdraws its language from the edition (which then
 * has no version in that language, and says so).
 */
class Communique {

	/** The longest text of one language version (its column's length). */
	static final int MAX_TEXT = 20_000;

	/** A placeholder: any text in square brackets, left by the drafting for the co-chairs to write. */
	static final Pattern PLACEHOLDER = Pattern.compile("\\[[^\\[\\]]*\\]");

	@Id
	private UUID id;
	private int roundNumber;
	private int edition;
	private Integer corrects;
	private CommuniqueStatus status;
	private String textEn;
	private String textRu;
	private String textKa;
	private int englishRevision;
	private Integer ruRenders;
	private Integer kaRenders;
	private boolean ruWithdrawn;
	private boolean kaWithdrawn;
	private boolean shared;
	private Instant embargoUntil;
	private Instant publishedAt;
	private String createdBy;
	private Instant createdAt;
	private String editedBy;
	private Instant editedAt;
	@Version
	private Long version;
	private Set<CommuniqueApproval> approvals = new HashSet<>();

	@PersistenceCreator
	Communique() {
	}

	static Communique draft(int roundNumber, int edition, Integer corrects, Map<LanguageCode, String> texts, String by,
			Instant at) {
		Communique communique = new Communique();
		communique.id = UUID.randomUUID();
		communique.roundNumber = roundNumber;
		communique.edition = edition;
		communique.corrects = corrects;
		communique.status = CommuniqueStatus.DRAFT;
		communique.textEn = ApprovedText.neutral(Paragraphs.clean(texts.get(LanguageCode.EN)));
		communique.textRu = ApprovedText.neutral(Paragraphs.clean(texts.get(LanguageCode.RU)));
		communique.textKa = ApprovedText.neutral(Paragraphs.clean(texts.get(LanguageCode.KA)));
		// drafted together: each version renders the first revision of the English
		communique.englishRevision = 1;
		communique.ruRenders = 1;
		communique.kaRenders = 1;
		communique.createdBy = by;
		communique.createdAt = at;
		return communique;
	}

	/**
	 * Replaces the text of one language. Withdraws every approval still standing and, if the communiqué was under
	 * embargo, takes it back to a draft; answers the approvals it withdrew. A text with a direction control is
	 * refused ({@link ApprovedText}): what the institutions approve must read as it is kept. A draft written from
	 * the record has them removed.
	 */
	List<CommuniqueApproval> edit(LanguageCode language, String text, String by, Instant at) {
		requireUnpublished();
		String cleaned = ApprovedText.requireNoDirectionControls(Paragraphs.clean(text));
		if (cleaned != null && cleaned.length() > MAX_TEXT) {
			throw new DeskException.Invalid("communique.textTooLong", MAX_TEXT);
		}
		switch (language) {
			case EN -> {
				if (!Objects.equals(textEn, cleaned)) {
					englishRevision++;
				}
				textEn = cleaned;
			}
			case RU -> {
				textRu = cleaned;
				ruRenders = englishRevision;
				ruWithdrawn = false;
			}
			case KA -> {
				textKa = cleaned;
				kaRenders = englishRevision;
				kaWithdrawn = false;
			}
		}
		editedBy = by;
		editedAt = at;
		return withdraw(at);
	}

	/**
	 * A co-chair confirms that a Russian or Georgian version still renders the English as it stands, without changing
	 * it: it is no longer to be brought up to date. The text is the same, so no approval is withdrawn.
	 */
	void confirmVersion(LanguageCode language) {
		requireUnpublished();
		requireTranslation(language);
		if (text(language) == null) {
			throw new DeskException.Conflict("communique.noVersionToConfirm", Unfinished.languageName(language), status);
		}
		if (language == LanguageCode.RU) {
			ruRenders = englishRevision;
		}
		else {
			kaRenders = englishRevision;
		}
	}

	/**
	 * A co-chair withdraws a Russian or Georgian version from this edition: the edition then has no version in that
	 * language, and says so once published. Writing the version again brings the language back. The text changed, so
	 * every approval standing is withdrawn (and answered).
	 */
	List<CommuniqueApproval> withdrawVersion(LanguageCode language, String by, Instant at) {
		requireUnpublished();
		requireTranslation(language);
		if (language == LanguageCode.RU) {
			textRu = null;
			ruWithdrawn = true;
		}
		else {
			textKa = null;
			kaWithdrawn = true;
		}
		editedBy = by;
		editedAt = at;
		return withdraw(at);
	}

	private void requireTranslation(LanguageCode language) {
		if (language == null || language == LanguageCode.EN) {
			throw new DeskException.Invalid("communique.versionNotATranslation");
		}
	}

	/**
	 * Withdraws every approval still standing (each kept, with when it was withdrawn, so that those who had approved
	 * are told) and, if the communiqué was under embargo, takes it back to a draft: what was approved is no longer the
	 * text. Answers the approvals it withdrew. A published edition keeps its approvals for ever.
	 */
	List<CommuniqueApproval> withdraw(Instant at) {
		requireUnpublished();
		List<CommuniqueApproval> withdrawn = activeApprovals();
		Set<CommuniqueApproval> kept = new HashSet<>();
		for (CommuniqueApproval approval : approvals) {
			kept.add(approval.active() ? new CommuniqueApproval(approval.institution(), approval.approvedBy(),
					approval.approvedAt(), approval.textHash(), at) : approval);
		}
		approvals = kept;
		status = CommuniqueStatus.DRAFT;
		embargoUntil = null;
		return withdrawn;
	}

	/** Approves the text as it stands, for an institution, if what the approver read ({@code seen}) is still it. */
	CommuniqueApproval approve(Institution institution, String by, String seen, Instant at) {
		if (status != CommuniqueStatus.DRAFT) {
			throw new DeskException.Conflict("communique.notADraft", status);
		}
		if (text(LanguageCode.EN) == null) {
			throw new DeskException.Invalid("communique.englishMissing", status);
		}
		String hash = fingerprint();
		if (seen != null && !seen.isBlank() && !seen.trim().equalsIgnoreCase(hash)) {
			throw new DeskException.Stale("communique.changedSince");
		}
		requireFinished();
		if (activeApprovals().stream().anyMatch(approval -> approval.institution() == institution)) {
			throw new DeskException.Conflict("communique.alreadyApproved", institution, status);
		}
		CommuniqueApproval approval = new CommuniqueApproval(institution, by, at, hash, null);
		approvals.add(approval);
		return approval;
	}

	/** Shares the draft with the participants, for their information. */
	void share() {
		requireUnpublished();
		shared = true;
	}

	/** Sets the time at which the publication job publishes it; the three approvals first. */
	void embargo(Instant until) {
		requireUnpublished();
		requireFinished();
		requireApproved();
		status = CommuniqueStatus.EMBARGOED;
		embargoUntil = until;
	}

	/**
	 * Publishes it now ({@code at}), with the three approvals of the text as it stands, whether under embargo or not:
	 * a co-chair's "publish now" lifts the embargo. Once published, an edition is never changed again.
	 */
	void publish(Instant at) {
		requireUnpublished();
		requireFinished();
		requireApproved();
		status = CommuniqueStatus.PUBLISHED;
		publishedAt = at;
		embargoUntil = null;
	}

	/**
	 * Publishes it as its embargo time has come ({@code now} is at or after it), dated at that time, not at the
	 * moment the job happened to run. Refused if it is not under embargo or its time has not come.
	 */
	void publishAtEmbargo(Instant now) {
		if (status != CommuniqueStatus.EMBARGOED) {
			throw new DeskException.Conflict("communique.notEmbargoed", status);
		}
		if (embargoUntil.isAfter(now)) {
			throw new DeskException.Conflict("communique.embargoNotDue", embargoUntil);
		}
		requireApproved();
		status = CommuniqueStatus.PUBLISHED;
		publishedAt = embargoUntil;
	}

	/**
	 * Opens a correction of this published edition: a new draft edition ({@code edition}) whose texts are this one's,
	 * each led by the paragraph ({@code lead}, per language) that says what it corrects. The published edition stays
	 * as it was: corrections, not deletions.
	 */
	Communique correct(int edition, Function<LanguageCode, String> lead, String by, Instant at) {
		if (status != CommuniqueStatus.PUBLISHED) {
			throw new DeskException.Conflict("communique.nothingToCorrect", status);
		}
		if (edition <= this.edition) {
			throw new DeskException.Conflict("communique.draftExists", status);
		}
		Map<LanguageCode, String> corrected = new EnumMap<>(LanguageCode.class);
		for (Map.Entry<LanguageCode, String> text : texts().entrySet()) {
			corrected.put(text.getKey(), lead.apply(text.getKey()) + "\n\n" + text.getValue());
		}
		return draft(roundNumber, edition, this.edition, corrected, by, at);
	}

	/**
	 * What may be done with this edition now, for a co-chair or the secretariat ({@code institution} is the
	 * viewer's, {@code null} for the secretariat, who do not approve). The page and the API offer only these; each
	 * is refused by its method otherwise. {@link CommuniqueAction#CORRECT} further needs no other edition in
	 * preparation, which the facade knows.
	 */
	Set<CommuniqueAction> availableActions(Institution institution) {
		Set<CommuniqueAction> actions = EnumSet.noneOf(CommuniqueAction.class);
		if (status == CommuniqueStatus.PUBLISHED) {
			actions.add(CommuniqueAction.CORRECT);
			return actions;
		}
		actions.add(CommuniqueAction.EDIT);
		if (!shared) {
			actions.add(CommuniqueAction.SHARE);
		}
		boolean finished = placeholders().isEmpty() && outOfDate().isEmpty();
		if (status == CommuniqueStatus.DRAFT && institution != null && text(LanguageCode.EN) != null
				&& missingApprovals().contains(institution) && finished) {
			actions.add(CommuniqueAction.APPROVE);
		}
		if (missingApprovals().isEmpty() && finished) {
			actions.add(CommuniqueAction.PUBLISH);
			actions.add(CommuniqueAction.EMBARGO);
		}
		if (institution != null && !outOfDate().isEmpty()) {
			actions.add(CommuniqueAction.CONFIRM_VERSION);
			actions.add(CommuniqueAction.WITHDRAW_VERSION);
		}
		return actions;
	}

	/** Refuses, naming the institutions still to approve this exact text, unless all three have. */
	void requireApproved() {
		Set<Institution> missing = missingApprovals();
		if (!missing.isEmpty()) {
			throw new DeskException.Conflict("communique.approvalsMissing",
					String.join(", ", missing.stream().map(Institution::name).toList()), status);
		}
	}

	/**
	 * Refuses an edition that is not finished: naming each placeholder with its language and paragraph, else each
	 * version that is to be brought up to date.
	 */
	void requireFinished() {
		List<CommuniqueView.Placeholder> left = placeholders();
		if (!left.isEmpty()) {
			throw new Unfinished(left, status);
		}
		List<LanguageCode> behind = outOfDate();
		if (!behind.isEmpty()) {
			throw new DeskException.Conflict("communique.versionsOutOfDate", behind.size(),
					Unfinished.listing(behind.stream().map(Unfinished::languageName).toList()), status);
		}
	}

	/** Every placeholder of every language version, in the order of the languages and of their paragraphs. */
	List<CommuniqueView.Placeholder> placeholders() {
		List<CommuniqueView.Placeholder> found = new ArrayList<>();
		for (LanguageCode language : LanguageCode.values()) {
			List<String> paragraphs = paragraphs(language);
			for (int i = 0; i < paragraphs.size(); i++) {
				Matcher matcher = PLACEHOLDER.matcher(paragraphs.get(i));
				while (matcher.find()) {
					found.add(new CommuniqueView.Placeholder(language, i + 1, matcher.group()));
				}
			}
		}
		return found;
	}

	/** The Russian and Georgian versions that render an earlier revision of the English than the one standing. */
	List<LanguageCode> outOfDate() {
		List<LanguageCode> behind = new ArrayList<>();
		for (LanguageCode language : List.of(LanguageCode.RU, LanguageCode.KA)) {
			if (state(language) == CommuniqueView.VersionState.TO_BE_BROUGHT_UP_TO_DATE) {
				behind.add(language);
			}
		}
		return behind;
	}

	/** Where a language version stands against the English. */
	CommuniqueView.VersionState state(LanguageCode language) {
		if (text(language) == null) {
			return withdrawn(language) ? CommuniqueView.VersionState.WITHDRAWN : CommuniqueView.VersionState.MISSING;
		}
		Integer renders = renders(language);
		return renders != null && renders < englishRevision ? CommuniqueView.VersionState.TO_BE_BROUGHT_UP_TO_DATE
				: CommuniqueView.VersionState.CURRENT;
	}

	/** The revision of the English that a version renders ({@code null} for the English itself). */
	Integer renders(LanguageCode language) {
		return language == LanguageCode.RU ? ruRenders : language == LanguageCode.KA ? kaRenders : null;
	}

	boolean withdrawn(LanguageCode language) {
		return language == LanguageCode.RU ? ruWithdrawn : language == LanguageCode.KA && kaWithdrawn;
	}

	private void requireUnpublished() {
		if (status == CommuniqueStatus.PUBLISHED) {
			throw new DeskException.Conflict("communique.published", status);
		}
	}

	/** The institutions that have not approved the text as it stands. */
	Set<Institution> missingApprovals() {
		Set<Institution> missing = EnumSet.allOf(Institution.class);
		String hash = fingerprint();
		activeApprovals().stream()
			.filter(approval -> approval.textHash().equals(hash))
			.forEach(approval -> missing.remove(approval.institution()));
		return missing;
	}

	/** The approvals still standing, in the order they were given. */
	List<CommuniqueApproval> activeApprovals() {
		return approvals.stream().filter(CommuniqueApproval::active).sorted(Comparator.comparing(CommuniqueApproval::approvedAt)).toList();
	}

	/** Every approval ever given, withdrawn ones too, in the order they were given. */
	List<CommuniqueApproval> approvalHistory() {
		return approvals.stream().sorted(Comparator.comparing(CommuniqueApproval::approvedAt)).toList();
	}

	/**
	 * The SHA-256 of exactly what is approved: the three language versions, each under its language's code, a
	 * missing one as empty; taken without direction controls ({@link ApprovedText#sha256}).
	 */
	String fingerprint() {
		StringBuilder all = new StringBuilder();
		for (LanguageCode language : LanguageCode.values()) {
			String text = text(language);
			all.append(language.name()).append('\n').append(text == null ? "" : text).append('\u001e');
		}
		return ApprovedText.sha256(all.toString());
	}

	/** The text of a language, or {@code null} if it has none yet. */
	String text(LanguageCode language) {
		return switch (language) {
			case EN -> textEn;
			case RU -> textRu;
			case KA -> textKa;
		};
	}

	Map<LanguageCode, String> texts() {
		Map<LanguageCode, String> texts = new EnumMap<>(LanguageCode.class);
		for (LanguageCode language : LanguageCode.values()) {
			if (text(language) != null) {
				texts.put(language, text(language));
			}
		}
		return texts;
	}

	/** The paragraphs of a language's text: what blank lines separate. */
	List<String> paragraphs(LanguageCode language) {
		return Paragraphs.of(text(language));
	}

	UUID id() {
		return id;
	}

	int roundNumber() {
		return roundNumber;
	}

	int edition() {
		return edition;
	}

	Integer corrects() {
		return corrects;
	}

	CommuniqueStatus status() {
		return status;
	}

	boolean shared() {
		return shared;
	}

	Instant embargoUntil() {
		return embargoUntil;
	}

	Instant publishedAt() {
		return publishedAt;
	}

	Instant createdAt() {
		return createdAt;
	}

	String editedBy() {
		return editedBy;
	}

	Instant editedAt() {
		return editedAt;
	}

	long version() {
		return version == null ? 0 : version;
	}

	/** How many times the English text was changed: 1 as drafted. */
	int englishRevision() {
		return englishRevision;
	}
}
