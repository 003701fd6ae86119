package org.mediationdesk.shared;

/** One page of a list that the viewer may see: its number (from 0), its size and the total, and where it stands. */
public interface Paged {

	int page();

	int pageSize();

	long total();

	default int totalPages() {
		return (int) Math.max(1, (total() + pageSize() - 1) / pageSize());
	}

	default boolean hasPrevious() {
		return page() > 0;
	}

	default boolean hasNext() {
		return page() + 1 < totalPages();
	}
}
