package org.mediationdesk.documents;

import java.util.UUID;

import org.mediationdesk.shared.LanguageCode;

/**
 * Filters for the document list; any may be {@code null}. {@code page} counts from 0.
 *
 * @param text words to find in the symbol or title
 * @param kind only this kind
 * @param authorKind only this kind of author
 * @param authorGroup only documents of this participant group
 * @param language only documents with a version in this language
 */
public record DocumentQuery(String text, DocumentKind kind, AuthorKind authorKind, UUID authorGroup,
		LanguageCode language, int page) {

	public static final int PAGE_SIZE = 20;

	public DocumentQuery {
		page = Math.max(0, page);
		text = text == null || text.isBlank() ? null : text.strip();
	}

	public static DocumentQuery all() {
		return new DocumentQuery(null, null, null, null, null, 0);
	}
}
