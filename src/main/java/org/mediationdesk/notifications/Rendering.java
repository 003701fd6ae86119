package org.mediationdesk.notifications;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A notification's words in a language, from the message bundles (EN, RU, KA). */
@Component
class Rendering {

	private final MessageSource messages;

	Rendering(MessageSource messages) {
		this.messages = messages;
	}

	String text(Message message, Locale locale) {
		Object[] arguments = message.arguments().stream().map(argument -> argument(argument, locale)).toArray();
		return messages.getMessage(message.key(), arguments, locale);
	}

	String get(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	private static Object argument(String argument, Locale locale) {
		if (argument.startsWith("date:")) {
			try {
				return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
					.format(LocalDate.parse(argument.substring(5)));
			}
			catch (RuntimeException notADate) {
				return argument.substring(5);
			}
		}
		return argument;
	}
}
