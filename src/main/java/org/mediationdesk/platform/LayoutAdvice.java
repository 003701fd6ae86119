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
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What every page's layout shows: who is logged in, with role and group, the current language, and the addresses of
 * the style sheets and scripts.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	private final ParticipantDirectory directory;
	private final StaticAssets assets;

	LayoutAdvice(ParticipantDirectory directory, StaticAssets assets) {
		this.directory = directory;
		this.assets = assets;
	}

	@ModelAttribute
	void layout(Model model, Locale locale) {
		addTo(model.asMap(), locale);
	}

	/** The current address with another language, keeping the page's other query parameters. */
	private static String languageLink(String language) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return "?lang=" + language;
		}
		HttpServletRequest request = attributes.getRequest();
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = original instanceof String uri ? uri : request.getRequestURI();
		String query = original instanceof String ? null : request.getQueryString();
		return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("lang", language).build().toUriString();
	}

	void addTo(Map<String, Object> model, Locale locale) {
		Viewer viewer = Viewers.current();
		model.put("viewer", viewer);
		model.put("viewerGroup", directory.group(viewer.groupId()).orElse(null));
		LanguageCode language = LanguageCode.ofInterface(locale);
		model.put("language", language.name().toLowerCase(Locale.ROOT));
		model.put("languageCode", language);
		model.put("englishLink", languageLink("en"));
		model.put("russianLink", languageLink("ru"));
		model.put("georgianLink", languageLink("ka"));
		// the style sheets' and scripts' addresses, by their plain names
		model.put("assets", assets.paths());
	}
}
