package org.mediationdesk.process;

import java.util.UUID;

import org.mediationdesk.shared.LanguageCode;

/** A standing agenda item. */
public record AgendaItemView(UUID id, String code, WorkingGroup workingGroup, String title, String titleRu) {

	public String title(LanguageCode language) {
		return language == LanguageCode.RU && titleRu != null && !titleRu.isBlank() ? titleRu : title;
	}
}
