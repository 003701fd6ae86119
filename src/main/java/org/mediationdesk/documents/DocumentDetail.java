package org.mediationdesk.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceScoped;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.shared.Markup;

/** A document as a viewer who may see it reads it. */
public record DocumentDetail(UUID id, String symbol, String title, DocumentKind kind, AuthorKind authorKind,
		UUID authorGroup, Audience audience, LocalDate circulationDate, Instant createdAt,
		Instant updatedAt, List<Version> versions, long version) implements AudienceScoped {

	/** One language version: its text, and what is known of its attached file. */
	public record Version(LanguageCode language, String text, boolean hasFile, String fileName,
			AttachmentType fileType, Long fileSize) {

		public String html() {
			return Markup.toSafeHtml(text);
		}
	}

	public Optional<Version> in(LanguageCode language) {
		return versions.stream().filter(candidate -> candidate.language() == language).findFirst();
	}

	public String text(LanguageCode language) {
		return in(language).map(Version::text).orElse("");
	}
}
