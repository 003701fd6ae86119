package org.mediationdesk.communique;

import java.util.ArrayList;
import java.util.List;

/** A communiqué's text as paragraphs (what blank lines separate) and as kept. */
final class Paragraphs {

	private Paragraphs() {
	}

	/** The paragraphs of a text, each on one line; empty for none. */
	static List<String> of(String text) {
		List<String> paragraphs = new ArrayList<>();
		if (text == null) {
			return paragraphs;
		}
		for (String paragraph : text.split("\\n\\s*\\n")) {
			String trimmed = paragraph.strip();
			if (!trimmed.isEmpty()) {
				paragraphs.add(trimmed.replaceAll("\\s*\\n\\s*", " "));
			}
		}
		return paragraphs;
	}

	/** A text as kept: line ends as {@code \n}, no trailing spaces, {@code null} if blank. */
	static String clean(String text) {
		if (text == null) {
			return null;
		}
		String cleaned = text.replace("\r\n", "\n").replace('\r', '\n').strip();
		return cleaned.isEmpty() ? null : cleaned;
	}
}
