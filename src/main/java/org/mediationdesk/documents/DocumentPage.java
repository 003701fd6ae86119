package org.mediationdesk.documents;

import java.util.List;

import org.mediationdesk.shared.Paged;

/** One page of the document list, with the total the viewer may see. */
public record DocumentPage(List<DocumentSummary> items, int page, int pageSize, long total) implements Paged {
}
