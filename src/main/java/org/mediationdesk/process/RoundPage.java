package org.mediationdesk.process;

import java.util.List;

/** One page of the timeline, newest round first. */
public record RoundPage(List<RoundSummary> items, int page, int pageSize, long total) {

	public static final int PAGE_SIZE = 20;

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
