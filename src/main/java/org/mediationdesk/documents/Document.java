package org.mediationdesk.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceKind;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** A registered document with its language versions. */
class Document {

	@Id
	private UUID id;
	private String symbol;
	private String symbolSpace;
	private String title;
	private DocumentKind kind;
	private AuthorKind authorKind;
	private UUID authorGroup;
	private AudienceKind audienceKind;
	private UUID audienceGroup;
	private LocalDate circulationDate;
	private String createdBy;
	private Instant createdAt;
	private Instant updatedAt;
	private Set<LanguageVersion> versions = new HashSet<>();
	@Version
	private Long version;

	@PersistenceCreator
	Document() {
	}

	static Document file(DocumentDraft draft, String createdBy, Instant now) {
		Document document = new Document();
		document.id = UUID.randomUUID();
		document.createdBy = createdBy;
		document.createdAt = now;
		document.revise(draft, now);
		return document;
	}

	/** Replaces the registry details and texts; attached files stay with their language. */
	void revise(DocumentDraft draft, Instant now) {
		this.symbol = draft.symbol();
		this.symbolSpace = symbolSpace(draft.audience());
		this.title = draft.title();
		this.kind = draft.kind();
		this.authorKind = draft.authorKind();
		this.authorGroup = draft.authorKind() == AuthorKind.PARTICIPANT_GROUP ? draft.authorGroup() : null;
		this.audienceKind = draft.audience().kind();
		this.audienceGroup = draft.audience().group();
		this.circulationDate = draft.circulationDate();
		this.updatedAt = now;
		for (LanguageCode language : LanguageCode.values()) {
			String text = draft.texts().getOrDefault(language, "");
			Optional<LanguageVersion> existing = versionIn(language);
			versions.removeIf(candidate -> candidate.language() == language);
			LanguageVersion updated = existing.map(found -> found.withText(text))
				.orElseGet(() -> LanguageVersion.ofText(language, text));
			if (!updated.isEmpty()) {
				versions.add(updated);
			}
		}
	}

	/**
	 * Where a symbol must be unique: a group's private documents in a space of their own, everything else
	 * in the shared space. Otherwise a clash would tell an outsider that a private document exists.
	 */
	static String symbolSpace(Audience audience) {
		return audience.kind() == AudienceKind.GROUP_ONLY ? audience.group().toString() : "shared";
	}

	void attach(LanguageCode language, UUID fileId, String fileName, AttachmentType type, long size, Instant now) {
		LanguageVersion current = versionIn(language).orElseGet(() -> LanguageVersion.ofText(language, ""));
		versions.remove(current);
		versions.add(current.withFile(fileId, fileName, type, size));
		updatedAt = now;
	}

	/** Removes the attached file of a language and returns its id, so the bytes can be deleted too. */
	Optional<UUID> detach(LanguageCode language, Instant now) {
		Optional<LanguageVersion> current = versionIn(language).filter(LanguageVersion::hasFile);
		current.ifPresent(found -> {
			versions.remove(found);
			LanguageVersion remaining = found.withoutFile();
			if (!remaining.isEmpty()) {
				versions.add(remaining);
			}
			updatedAt = now;
		});
		return current.map(LanguageVersion::fileId);
	}

	Optional<LanguageVersion> versionIn(LanguageCode language) {
		return versions.stream().filter(candidate -> candidate.language() == language).findFirst();
	}

	Audience audience() {
		return new Audience(audienceKind, audienceGroup);
	}

	UUID id() {
		return id;
	}

	String symbol() {
		return symbol;
	}

	AuthorKind authorKind() {
		return authorKind;
	}

	UUID authorGroup() {
		return authorGroup;
	}

	long version() {
		return version == null ? 0 : version;
	}

	DocumentDetail detail() {
		List<DocumentDetail.Version> languageVersions = versions.stream()
			.sorted(Comparator.comparing(LanguageVersion::language))
			.map(found -> new DocumentDetail.Version(found.language(), found.markdown(), found.hasFile(), found.fileName(),
					found.fileType(), found.fileSize()))
			.toList();
		return new DocumentDetail(id, symbol, title, kind, authorKind, authorGroup, audience(), circulationDate,
				createdAt, updatedAt, languageVersions, version());
	}
}
