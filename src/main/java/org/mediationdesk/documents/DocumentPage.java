package org.mediationdesk.documents;

import java.util.List;

/** One page of the document list, with the total the viewer may see. */
public record DocumentPage(List<DocumentSummary> items, int page, int pageSize, long total) {

	public int totalPages() {
		return (int) Math.max(1, (total + pageSize - 1) / pageSize);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < totalPages();
	}
}
