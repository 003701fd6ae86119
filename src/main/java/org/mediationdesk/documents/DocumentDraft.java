package org.mediationdesk.documents;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.shared.LanguageCode;

/** What someone files or revises: the registry details and the Markdown text per language. */
public record DocumentDraft(String symbol, String title, DocumentKind kind, AuthorKind authorKind, UUID authorGroup,
		Audience audience, LocalDate circulationDate, Map<LanguageCode, String> texts) {

	public DocumentDraft {
		texts = texts == null ? Map.of() : Map.copyOf(texts);
	}
}
