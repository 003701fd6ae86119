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

	/**
	 * The language of the interface for a reader's locale: Russian for a Russian locale, English otherwise (the
	 * interface is not yet in Georgian, so a Georgian reader reads English labels).
	 */
	public static LanguageCode ofInterface(Locale locale) {
		return locale != null && "ru".equals(locale.getLanguage()) ? RU : EN;
	}

	public static Optional<LanguageCode> parse(String value) {
		if (value == null) {
			return Optional.empty();
		}
		return Arrays.stream(values()).filter(code -> code.name().equalsIgnoreCase(value.trim())).findFirst();
	}
}
