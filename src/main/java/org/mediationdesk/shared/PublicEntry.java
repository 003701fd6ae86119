package org.mediationdesk.shared;

import java.time.Instant;
import java.util.Map;

/**
 * Something published that anyone may read, as the public feeds and the search show it: a communiqué, a
 * change to a round. {@code id} is stable across updates (a feed's entry id); {@code path} is the page that
 * shows it, relative to the application (for example {@code /rounds/64}); titles and texts are given per
 * language, and a language without a version is absent from the map, never filled with another language.
 */
public record PublicEntry(String id, String kind, Instant published, Instant updated, String path,
		Map<LanguageCode, String> titles, Map<LanguageCode, String> texts) {

	public PublicEntry {
		titles = Map.copyOf(titles);
		texts = Map.copyOf(texts);
	}
}
