package org.mediationdesk.process;

import java.util.UUID;

import org.mediationdesk.shared.Localized;
import org.mediationdesk.shared.LanguageCode;

/** A standing agenda item, with its title in English, Russian and Georgian (the last two where written). */
public record AgendaItemView(UUID id, String code, WorkingGroup workingGroup, String title, String titleRu,
		String titleKa) {

	/** The title in this language, or the English one. */
	public String title(LanguageCode language) {
		return titles().in(language).text();
	}

	public Localized titles() {
		return new Localized(title, titleRu, titleKa);
	}
}
