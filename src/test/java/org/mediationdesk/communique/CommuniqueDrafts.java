package org.mediationdesk.communique;

import java.util.Map;
import java.util.regex.Pattern;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.LanguageCode;

/**
 * For tests that need a communiqué ready for approval: the draft's placeholders written in each language, the English
 * first and the other versions after it, so that each renders the English as it stands.
 */
public final class CommuniqueDrafts {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\[[^\\[\\]]*\\]");

	private static final Map<LanguageCode, String> WRITTEN = Map.of(
			LanguageCode.EN, "The co-chairs noted the work of the incident mechanisms.",
			LanguageCode.RU, "Сопредседатели отметили работу механизмов по инцидентам.",
			LanguageCode.KA, "თანათავმჯდომარეებმა აღნიშნეს ინციდენტების მექანიზმების მუშაობა.");

	private CommuniqueDrafts() {
	}

	/** Drafts the round's communiqué from the record and writes its placeholders. */
	public static CommuniqueView draftReady(Communiques communiques, Viewer viewer, int number) {
		communiques.draft(viewer, number);
		return writePlaceholders(communiques, viewer, number);
	}

	/** Writes every placeholder of the edition being prepared; each version then renders the English as it stands. */
	public static CommuniqueView writePlaceholders(Communiques communiques, Viewer viewer, int number) {
		CommuniqueView view = communiques.current(viewer, number);
		boolean englishChanged = false;
		for (LanguageCode language : LanguageCode.values()) {
			String text = view.text(language);
			if (text == null) {
				continue;
			}
			boolean placeholder = PLACEHOLDER.matcher(text).find();
			if (placeholder || englishChanged || !view.outOfDate().isEmpty() && language != LanguageCode.EN) {
				view = communiques.edit(viewer, number, language,
						PLACEHOLDER.matcher(text).replaceAll(WRITTEN.get(language)), null);
				englishChanged |= language == LanguageCode.EN;
			}
		}
		return view;
	}
}
