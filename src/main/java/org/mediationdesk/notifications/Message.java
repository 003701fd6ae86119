package org.mediationdesk.notifications;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A notification's words: a message key and its arguments, kept as text and rendered in the reader's language
 * when read. A date is kept as {@code date:2026-12-01} and written out in the reader's language.
 */
record Message(String key, List<String> arguments) {

	/** Separates the stored arguments (a character no argument contains: names are single lines). */
	static final char SEPARATOR = '\u001F';

	static String date(LocalDate date) {
		return "date:" + date;
	}

	String storedArguments() {
		StringBuilder stored = new StringBuilder();
		for (String argument : arguments) {
			if (!stored.isEmpty()) {
				stored.append(SEPARATOR);
			}
			stored.append(argument == null ? "" : argument.replace(SEPARATOR, ' '));
		}
		return stored.toString();
	}

	static Message stored(String key, String arguments) {
		List<String> parts = new ArrayList<>();
		if (arguments != null && !arguments.isEmpty()) {
			int start = 0;
			for (int i = 0; i <= arguments.length(); i++) {
				if (i == arguments.length() || arguments.charAt(i) == SEPARATOR) {
					parts.add(arguments.substring(start, i));
					start = i + 1;
				}
			}
		}
		return new Message(key, parts);
	}
}
