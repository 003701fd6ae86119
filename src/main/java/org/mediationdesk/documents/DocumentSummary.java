package org.mediationdesk.documents;

import java.time.LocalDate;
import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceScoped;

/** A line of the document list. */
public record DocumentSummary(UUID id, String symbol, String title, DocumentKind kind, AuthorKind authorKind,
		UUID authorGroup, Audience audience, LocalDate circulationDate) implements AudienceScoped {
}
