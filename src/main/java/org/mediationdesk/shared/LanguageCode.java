package org.mediationdesk.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A language in which texts, labels and documents exist. The master language of the talks is English. */
public enum LanguageCode {
	EN, RU, KA;

	public Locale locale() {
		return Locale.forLanguageTag(name().toLowerCase(Locale.ROOT));
	}

	/** The language of the interface for a reader's locale: Russian or Georgian for those locales, English otherwise. */
	public static LanguageCode ofInterface(Locale locale) {
		if (locale == null) {
			return EN;
		}
		return switch (locale.getLanguage()) {
			case "ru" -> RU;
			case "ka" -> KA;
			default -> EN;
		};
	}

	public static Optional<LanguageCode> parse(String value) {
		if (value == null) {
			return Optional.empty();
		}
		return Arrays.stream(values()).filter(code -> code.name().equalsIgnoreCase(value.trim())).findFirst();
	}
}
