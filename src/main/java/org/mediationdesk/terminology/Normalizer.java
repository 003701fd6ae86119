package org.mediationdesk.terminology;

/**
 * How text is compared: one character for one, so that offsets in the normalised text are offsets in the
 * original. Letters are compared without case (ё as е), every separator (white space, hyphen, dashes) as one
 * space, and typographic quotes and apostrophes as the plain ones.
 */
final class Normalizer {

	/** Per character: its normalised form, and whether it belongs to a word; looked up, not computed, per character. */
	private static final char[] NORMAL = new char[Character.MAX_VALUE + 1];
	private static final boolean[] WORD = new boolean[Character.MAX_VALUE + 1];

	static {
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			NORMAL[c] = compute((char) c);
			WORD[c] = Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
		}
	}

	private Normalizer() {
	}

	static char normalize(char c) {
		return NORMAL[c];
	}

	static boolean isWordChar(char c) {
		return WORD[c];
	}

	private static char compute(char c) {
		if (separator(c)) {
			return ' ';
		}
		switch (c) {
			case '\u2019', '\u2018', '\u02BC', '\u201B', '`', '\u00B4':
				return '\'';
			case '\u201C', '\u201D', '\u00AB', '\u00BB', '\u201E', '\u201F':
				return '"';
			default:
				break;
		}
		char lower = Character.toLowerCase(c);
		return lower == '\u0451' ? '\u0435' : lower;
	}

	/** White space, the hyphen and the dashes: "South-Ossetian" reads as "South Ossetian". */
	static boolean isSeparator(char c) {
		return NORMAL[c] == ' ';
	}

	private static boolean separator(char c) {
		return Character.isWhitespace(c) || c == '\u00A0' || c == '-' || (c >= '\u2010' && c <= '\u2015')
				|| c == '\u2212';
	}

	/** A whole string normalised, with runs of separators as one space and no space at either end. */
	static String normalize(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = normalize(text.charAt(i));
			if (c == ' ' && (out.isEmpty() || out.charAt(out.length() - 1) == ' ')) {
				continue;
			}
			out.append(c);
		}
		int end = out.length();
		while (end > 0 && out.charAt(end - 1) == ' ') {
			end--;
		}
		return out.substring(0, end);
	}
}
