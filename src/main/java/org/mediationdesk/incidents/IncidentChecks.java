package org.mediationdesk.incidents;

import java.util.regex.Pattern;

import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Localized;
import org.mediationdesk.shared.SingleLine;

/** The checks of what people type into the mechanisms and the register: each refusal says what to do. */
final class IncidentChecks {

	private static final Pattern ADDRESS = Pattern.compile("https?://\\S{1,490}");

	private IncidentChecks() {
	}

	/** A single line, cleaned, required, at most {@code max} characters. */
	static String line(String text, int max, String code) {
		String cleaned = text == null ? "" : SingleLine.clean(text).strip();
		if (cleaned.isEmpty() || cleaned.length() > max) {
			throw new DeskException.Invalid(code, max);
		}
		return cleaned;
	}

	/** A text of several lines, required, at most {@code max} characters. */
	static String text(String text, int max, String code) {
		String stripped = text == null ? "" : text.strip();
		if (stripped.isEmpty() || stripped.length() > max) {
			throw new DeskException.Invalid(code, max);
		}
		return stripped;
	}

	/** An optional text: {@code null} when blank, refused over {@code max} characters. */
	static String optional(String text, int max, String code) {
		return text == null || text.isBlank() ? null : text(text, max, code);
	}

	/** An optional web address (http or https). */
	static String address(String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		if (!ADDRESS.matcher(url.strip()).matches()) {
			throw new DeskException.Invalid("mechanisms.sourceInvalid");
		}
		return url.strip();
	}

	/** A name in each language: English required, each version a single line of at most {@code max} characters. */
	static Localized localized(Localized text, int max, String code) {
		if (text == null || text.en() == null) {
			throw new DeskException.Invalid(code, max);
		}
		return new Localized(line(text.en(), max, code), text.ru() == null ? null : line(text.ru(), max, code),
				text.ka() == null ? null : line(text.ka(), max, code));
	}
}
