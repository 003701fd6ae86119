package org.mediationdesk.communique;

import java.util.List;

import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.shared.PublicEntries;
import org.mediationdesk.shared.PublicEntry;
import org.springframework.stereotype.Component;
import java.util.EnumMap;
import java.util.Map;

/**
 * The published communiqués for the public feeds and the search: one entry per published edition (a correction is
 * an entry of its own), with the titles and texts of the languages it has, never another language in their place.
 */
@Component
class CommuniqueEntries implements PublicEntries {

	private final Communiques communiques;

	CommuniqueEntries(Communiques communiques) {
		this.communiques = communiques;
	}

	@Override
	public List<PublicEntry> publicEntries() {
		return communiques.allPublished()
			.stream()
			.map(view -> new PublicEntry("communique-" + view.id(), "communique", view.published(), view.published(),
					view.path(), view.titles(), textsOf(view)))
			.toList();
	}

	private static Map<LanguageCode, String> textsOf(CommuniqueView view) {
		Map<LanguageCode, String> texts = new EnumMap<>(LanguageCode.class);
		view.texts().forEach((language, text) -> texts.put(language, String.join("\n\n", view.paragraphs(language))));
		return texts;
	}
}
