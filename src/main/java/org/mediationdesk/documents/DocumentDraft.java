package org.mediationdesk.documents;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.shared.LanguageCode;

/** What someone files or revises: the registry details and the Markdown text per language. */
public record DocumentDraft(String symbol, String title, DocumentKind kind, AuthorKind authorKind, UUID authorGroup,
		Audience audience, LocalDate circulationDate, Map<LanguageCode, String> texts) {

	public DocumentDraft {
		Map<LanguageCode, String> present = new EnumMap<>(LanguageCode.class);
		if (texts != null) {
			texts.forEach((language, text) -> {
				if (language != null && text != null) {
					present.put(language, text);
				}
			});
		}
		texts = Map.copyOf(present);
	}
}
