package org.mediationdesk.texts;

import org.mediationdesk.shared.ApprovedText;
import org.mediationdesk.shared.SingleLine;
import org.mediationdesk.shared.DeskException;

/**
 * Words of a text as a side writes them, in one language. Square brackets mark words not yet agreed; they
 * balance and nest at most three deep ({@code [any [armed] use of] force}), or the wording is refused.
 * Control characters, which no export could carry, are dropped; line breaks and tabs stay. A direction control
 * (a right-to-left override that shows the words in another order than they are kept) is refused where a wording
 * is typed ({@link ApprovedText#requireNoDirectionControls}).
 */
public record Wording(String text) {

	/** The longest wording a provision, a chapeau or a Russian version may have, in characters. */
	public static final int MAX_LENGTH = 4000;

	private static final int MAX_DEPTH = 3;

	public Wording {
		int depth = 0;
		for (char c : text.toCharArray()) {
			if (c == '[' && ++depth > MAX_DEPTH) {
				throw new DeskException.Invalid("texts.bracketsTooDeep");
			}
			if (c == ']' && --depth < 0) {
				throw new DeskException.Invalid("texts.bracketsUnbalanced");
			}
		}
		if (depth != 0) {
			throw new DeskException.Invalid("texts.bracketsUnbalanced");
		}
	}

	/** The wording as typed, cleaned; refused with {@code code} if it is empty or too long. */
	static Wording required(String typed, String code) {
		Wording wording = optional(typed, code);
		if (wording == null) {
			throw new DeskException.Invalid(code, MAX_LENGTH);
		}
		return wording;
	}

	/**
	 * The wording as typed, cleaned, or {@code null} if nothing was typed; refused with {@code code} if too long, and
	 * refused if it holds a direction control ({@link ApprovedText}): the words a side stands on read as they are kept.
	 */
	static Wording optional(String typed, String code) {
		String clean = printable(ApprovedText.requireNoDirectionControls(typed));
		if (clean == null || clean.isEmpty()) {
			return null;
		}
		if (clean.length() > MAX_LENGTH) {
			throw new DeskException.Invalid(code, MAX_LENGTH);
		}
		return new Wording(clean);
	}

	/** Text without control characters (other than line breaks and tabs), stripped; {@code null} stays null. */
	static String printable(String value) {
		return value == null ? null : value.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").strip();
	}

	/** How many passages stand in brackets: each opening bracket opens one. */
	public int brackets() {
		return (int) text.chars().filter(c -> c == '[').count();
	}

	/** The text of a wording that may be absent. */
	static String text(Wording wording) {
		return wording == null ? null : wording.text();
	}

	/** A line of text (a symbol, a title): cleaned, required, at most {@code max} characters. */
	static String line(String value, int max, String code) {
		String clean = printable(SingleLine.clean(value));
		if (clean == null || clean.isEmpty() || clean.length() > max) {
			throw new DeskException.Invalid(code, max);
		}
		return clean;
	}

	/** A line of text that may be left out: cleaned, at most {@code max} characters, {@code null} if blank. */
	static String optionalLine(String value, int max, String code) {
		String clean = printable(SingleLine.clean(value));
		if (clean != null && clean.length() > max) {
			throw new DeskException.Invalid(code, max);
		}
		return clean == null || clean.isEmpty() ? null : clean;
	}

	@Override
	public String toString() {
		return text;
	}
}
