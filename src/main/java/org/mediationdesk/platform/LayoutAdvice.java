package org.mediationdesk.platform;

import java.util.Locale;
import java.util.Map;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout shows: who is logged in, with role and group, and the current language. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	private final ParticipantDirectory directory;

	LayoutAdvice(ParticipantDirectory directory) {
		this.directory = directory;
	}

	@ModelAttribute
	void layout(Model model, Locale locale) {
		addTo(model.asMap(), locale);
	}

	void addTo(Map<String, Object> model, Locale locale) {
		Viewer viewer = Viewers.current();
		model.put("viewer", viewer);
		model.put("viewerGroup", directory.group(viewer.groupId()).orElse(null));
		boolean russian = "ru".equals(locale.getLanguage());
		model.put("language", russian ? "ru" : "en");
		model.put("languageCode", russian ? LanguageCode.RU : LanguageCode.EN);
	}
}
