package org.mediationdesk.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.shared.ApprovedText;
import org.mediationdesk.shared.SingleLine;
import org.springframework.stereotype.Service;

/**
 * The search: everyone gets the same hits of the public record (only what the public may read is indexed), and a
 * logged-in viewer also the hits among what that viewer may see, read afresh through the modules' facades.
 */
@Service
public class PublicSearch {

	/** The length of a hit's passage. */
	static final int SNIPPET = 240;

	private final SearchIndex index;
	private final ViewerRecord viewers;

	PublicSearch(SearchIndex index, ViewerRecord viewers) {
		this.index = index;
		this.viewers = viewers;
	}

	/**
	 * A page (from 0) of the hits for a query as the viewer may see them: the public record's hits, then, for a
	 * logged-in viewer, those among the documents, negotiating texts and accounts that the viewer may see and the
	 * public may not. An anonymous viewer gets exactly the public hits.
	 */
	public SearchResults search(Viewer viewer, String query, int page, LanguageCode language) {
		SearchResults everyones = search(query, page, language);
		if (viewer.isAnonymous() || everyones.query().isEmpty()) {
			return everyones;
		}
		List<SearchResults.Hit> own = viewers.hits(viewer, everyones.query(), language);
		long publicTotal = everyones.total();
		List<SearchResults.Hit> items = new ArrayList<>(everyones.items());
		long from = Math.max(0, (long) everyones.page() * SearchResults.PAGE_SIZE - publicTotal);
		for (long i = from; i < own.size() && items.size() < SearchResults.PAGE_SIZE; i++) {
			items.add(own.get((int) i));
		}
		return new SearchResults(everyones.query(), items, everyones.page(), SearchResults.PAGE_SIZE,
				publicTotal + own.size());
	}

	/** A page (from 0) of the public hits for a query, with titles and passages in the reader's language where there are. */
	public SearchResults search(String query, int page, LanguageCode language) {
		String cleaned = query == null ? "" : SingleLine.clean(query);
		cleaned = cleaned == null ? "" : cleaned.strip();
		if (cleaned.length() > SearchIndex.MAX_QUERY) {
			cleaned = cleaned.substring(0, SearchIndex.MAX_QUERY);
		}
		int current = Math.max(0, Math.min(page, 1000));
		if (cleaned.isEmpty()) {
			return new SearchResults("", List.of(), 0, SearchResults.PAGE_SIZE, 0);
		}
		SearchIndex.Page found = index.search(cleaned, current, SearchResults.PAGE_SIZE);
		List<SearchResults.Hit> hits = new ArrayList<>();
		for (SearchIndex.Found hit : found.items()) {
			boolean own = hit.titles().containsKey(language);
			String title = own ? hit.titles().get(language) : hit.titles().getOrDefault(LanguageCode.EN, "");
			String text = hit.texts().containsKey(language) ? hit.texts().get(language)
					: hit.texts().getOrDefault(LanguageCode.EN, "");
			hits.add(new SearchResults.Hit(hit.kind(), title, hit.path(), snippet(text, cleaned), !own));
		}
		return new SearchResults(cleaned, hits, current, SearchResults.PAGE_SIZE, found.total());
	}

	/**
	 * A passage of the text around the first word of the query it contains (or its first few letters, so that an
	 * inflected form is found too), else its beginning; without direction controls ({@link ApprovedText#neutral}),
	 * which would reorder the page around it.
	 */
	static String snippet(String passageOf, String query) {
		String text = ApprovedText.neutral(passageOf);
		if (text == null || text.isEmpty()) {
			return "";
		}
		String lower = text.toLowerCase(Locale.ROOT);
		int at = -1;
		for (String word : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (word.length() < 2) {
				continue;
			}
			String stem = word.length() > 5 ? word.substring(0, 5) : word;
			int found = lower.indexOf(stem);
			if (found >= 0 && (at < 0 || found < at)) {
				at = found;
			}
		}
		int start = at < 0 ? 0 : Math.max(0, at - SNIPPET / 3);
		while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
			start--;
		}
		int end = Math.min(text.length(), start + SNIPPET);
		String passage = text.substring(start, end).strip();
		return (start > 0 ? "… " : "") + passage + (end < text.length() ? " …" : "");
	}

	static Map<String, String> kinds() {
		return Map.of("communique", "search.kind.communique", "round", "search.kind.round", "round-change",
				"search.kind.roundChange", "account", "search.kind.account", "document", "search.kind.document", "text",
				"search.kind.text");
	}
}
