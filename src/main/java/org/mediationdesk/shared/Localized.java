package org.mediationdesk.shared;

import java.util.Locale;

/**
 * A public text in each language of the interface: English (the master language of the talks), Russian and
 * Georgian. A missing version is {@code null}; it is never filled with another language. {@link #in} gives
 * the reader's version, or the English one marked as a fallback, so that a page can say plainly that the
 * reader's version is missing.
 */
public record Localized(String en, String ru, String ka) {

	public Localized {
		en = blankToNull(en);
		ru = blankToNull(ru);
		ka = blankToNull(ka);
	}

	/** A text with only its English version. */
	public static Localized english(String en) {
		return new Localized(en, null, null);
	}

	/** The version in this language, or {@code null}. */
	public String get(LanguageCode language) {
		return switch (language == null ? LanguageCode.EN : language) {
			case EN -> en;
			case RU -> ru;
			case KA -> ka;
		};
	}

	/** Whether no version exists in any language. */
	public boolean isEmpty() {
		return en == null && ru == null && ka == null;
	}

	/**
	 * The text as a reader of this language reads it: their version, or else the English one with
	 * {@code fallback} set; {@code null} when there is neither.
	 */
	public Shown in(LanguageCode language) {
		LanguageCode wanted = language == null ? LanguageCode.EN : language;
		String own = get(wanted);
		if (own != null) {
			return new Shown(own, wanted, wanted, false);
		}
		return en == null ? null : new Shown(en, LanguageCode.EN, wanted, true);
	}

	/**
	 * A text as shown: in {@code language}, for a reader of {@code wanted}; {@code fallback} when the two differ
	 * because the reader's version is missing.
	 */
	public record Shown(String text, LanguageCode language, LanguageCode wanted, boolean fallback) {

		/** The language's tag for the page's {@code lang} attribute. */
		public String tag() {
			return language.name().toLowerCase(Locale.ROOT);
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
