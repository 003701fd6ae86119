package org.mediationdesk.shared;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A refusal carried over a post-redirect-get: the page it redirects to shows the message (the flash
 * attributes {@code problem} and {@code problemArguments}) in the reader's language, by the form.
 */
public final class Refusals {

	private Refusals() {
	}

	/** Puts the refusal on the next page. */
	public static void flash(RedirectAttributes redirect, DeskException refused) {
		redirect.addFlashAttribute("problem", refused.code());
		redirect.addFlashAttribute("problemArguments", refused.arguments());
	}
}
