package org.mediationdesk.search;

import java.util.List;

import org.mediationdesk.shared.Paged;

/**
 * One page of what a search found.
 *
 * @param query the query as it was searched (trimmed), empty if none
 * @param items the hits of this page, best first
 */
public record SearchResults(String query, List<Hit> items, int page, int pageSize, long total) implements Paged {

	/** The hits a page shows. */
	public static final int PAGE_SIZE = 10;

	/**
	 * A hit: what kind of thing it is ({@code communique}, {@code round}, {@code round-change}, {@code account}), its
	 * title and a passage of its text in the reader's language where there is one, and the page that shows it.
	 *
	 * @param inEnglish whether the title and passage are the English version, for want of one in the reader's language
	 */
	public record Hit(String kind, String title, String url, String snippet, boolean inEnglish) {
	}
}
