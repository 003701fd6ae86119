package org.mediationdesk.commitments;

import java.util.regex.Pattern;

import org.mediationdesk.shared.ApprovedText;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Localized;
import org.mediationdesk.shared.SingleLine;

/** The checks of what the co-chairs and the sides type into a commitment: each refusal says what to do. */
final class CommitmentChecks {

	static final int TITLE = 200;
	static final int TEXT = 4000;
	static final int NOTE = 1000;
	static final int REFERENCE = 300;
	static final int LINK = 1000;
	static final int CODE = 60;

	private static final Pattern ADDRESS = Pattern.compile("(https?://\\S{1,990}|/[A-Za-z0-9/_.#?=&-]{0,990})");
	private static final Pattern CODE_PATTERN = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

	private CommitmentChecks() {
	}

	/** A title in each language: English required, each a single line of at most 200 characters. */
	static Localized title(String en, String ru, String ka) {
		return new Localized(line(en, TITLE, "commitments.titleRequired"), optionalLine(ru, TITLE, "commitments.titleTooLong"),
				optionalLine(ka, TITLE, "commitments.titleTooLong"));
	}

	/** A text in each language: English required, each at most {@code max} characters. */
	static Localized texts(String en, String ru, String ka, int max, String required, String tooLong) {
		return new Localized(text(en, max, required), optional(ru, max, tooLong), optional(ka, max, tooLong));
	}

	static String text(String text, int max, String code) {
		String stripped = text == null ? "" : text.strip();
		if (stripped.isEmpty() || stripped.length() > max) {
			throw new DeskException.Invalid(code, max);
		}
		return ApprovedText.requireNoDirectionControls(stripped);
	}

	static String optional(String text, int max, String code) {
		return text == null || text.isBlank() ? null : text(text, max, code);
	}

	static String line(String text, int max, String code) {
		String cleaned = text == null ? "" : SingleLine.clean(text).strip();
		if (cleaned.isEmpty() || cleaned.length() > max) {
			throw new DeskException.Invalid(code, max);
		}
		return cleaned;
	}

	static String optionalLine(String text, int max, String code) {
		return text == null || text.isBlank() ? null : line(text, max, code);
	}

	/** An optional link: a web address (http or https) or a path of this platform. */
	static String link(String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		String given = url.strip();
		if (given.length() > LINK || !ADDRESS.matcher(given).matches()) {
			throw new DeskException.Invalid("commitments.linkInvalid", LINK);
		}
		return given;
	}

	/** An optional code of the reference record: lower-case letters, digits and hyphens. */
	static String code(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		if (!CODE_PATTERN.matcher(code.strip()).matches()) {
			throw new DeskException.Invalid("commitments.codeInvalid", CODE);
		}
		return code.strip();
	}
}
