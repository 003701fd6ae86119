package org.mediationdesk.communique;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.mediationdesk.shared.LanguageCode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import java.util.Locale;

/**
 * The sentences of a communiqué in a language, from the message bundles ({@code communique.text.*}): each language
 * has its own, none falls back to another.
 */
@Component
class Phrases {

	private final MessageSource messages;

	Phrases(MessageSource messages) {
		this.messages = messages;
	}

	String say(LanguageCode language, String code, Object... arguments) {
		return messages.getMessage(code, arguments, language.locale());
	}

	String date(LanguageCode language, LocalDate date) {
		// the talks write English dates day first ("4 March 2025"), as the communiqués of Geneva do
		Locale locale = language == LanguageCode.EN ? Locale.UK : language.locale();
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
	}

	/** A round's dates: one day, or from the first to the last. */
	String dates(LanguageCode language, LocalDate start, LocalDate end) {
		if (end == null || end.equals(start)) {
			return date(language, start);
		}
		return say(language, "communique.text.dateRange", date(language, start), date(language, end));
	}
}
