package org.mediationdesk.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A refusal carried over a post-redirect-get: the page it redirects to shows the message (the flash
 * attributes {@code problem} and {@code problemArguments}) in the reader's language, and gets back what was
 * typed ({@code submitted}, for the form that sent it to {@code submittedTo}), so that the form keeps it.
 */
public final class Refusals {

	/** The longest value kept for the form; a longer one is not worth carrying in the session. */
	static final int LONGEST_KEPT = 250_000;

	private Refusals() {
	}

	/** Puts the refusal on the next page, with what the form sent. */
	public static void flash(RedirectAttributes redirect, DeskException refused) {
		redirect.addFlashAttribute("problem", refused.code());
		redirect.addFlashAttribute("problemArguments", refused.arguments());
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			keep(attributes.getRequest()).forEach(redirect::addFlashAttribute);
		}
	}

	/**
	 * What a form sent, for the page it comes back to: its fields and values ({@code submitted}) and where it
	 * was sent ({@code submittedTo}). Neither the CSRF token nor a password is kept.
	 */
	public static Map<String, Object> keep(HttpServletRequest request) {
		LinkedHashMap<String, List<String>> submitted = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			String lower = name.toLowerCase(Locale.ROOT);
			if (name.equals("_csrf") || lower.contains("password") || lower.contains("confirmation")
					|| lower.contains("secret")) {
				return;
			}
			List<String> kept = new ArrayList<>();
			for (String value : values) {
				if (value != null && value.length() <= LONGEST_KEPT) {
					kept.add(value);
				}
			}
			if (!kept.isEmpty()) {
				submitted.put(name, kept);
			}
		});
		Map<String, Object> flash = new LinkedHashMap<>();
		flash.put("submitted", submitted);
		flash.put("submittedTo", request.getRequestURI().substring(request.getContextPath().length()));
		return flash;
	}
}
