package org.mediationdesk.shared;

/**
 * A single line of text as it is kept: a name, a title, a file name, a venue, a reason. Bidirectional control
 * characters (the embeddings and overrides U+202A to U+202E, the isolates U+2066 to U+2069, the marks U+200E,
 * U+200F and U+061C) are removed, so that a name cannot be shown reversed or reordered ("annex‮fdp.exe" read
 * as "annexexe.pdf"). Control characters go too: a tab or a line break becomes a space, any other (NUL, bell,
 * escape …) is removed, as a line has none and a database may refuse them. Every module passes its single-line
 * fields through here where they enter.
 */
public final class SingleLine {

	private SingleLine() {
	}

	/** The text without direction controls; {@code null} stays {@code null}. */
	public static String clean(String text) {
		if (text == null || text.chars().noneMatch(c -> isDirectionControl((char) c) || isControl((char) c))) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\t' || c == '\n' || c == '\r') {
				kept.append(' ');
			}
			else if (!isDirectionControl(c) && !isControl(c)) {
				kept.append(c);
			}
		}
		return kept.toString();
	}

	/** Whether the text has any direction control. */
	public static boolean hasDirectionControls(String text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			if (isDirectionControl(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isControl(char c) {
		return c < 0x20 || c == 0x7F;
	}

	static boolean isDirectionControl(char c) {
		return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
				|| c == '\u061C';
	}
}
