package org.mediationdesk.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A text of several lines as it is approved or signed: a wording of a negotiating text, a version of a communiqué.
 * What the approvers read must be what is kept, exported and hashed, so a bidirectional control character (the
 * embeddings and overrides U+202A to U+202E, the isolates U+2066 to U+2069, the marks U+200E, U+200F and U+061C)
 * has no place in it: a right-to-left override makes "[shall] not use force" show as something else than the
 * characters that were approved. Mixed Georgian, Russian and English needs none of them: each script has its own
 * direction, and the Unicode algorithm lays them out without help.
 * <ul>
 * <li>On input, a text to approve that holds one is refused ({@link #requireNoDirectionControls}), with where the
 * first one is: the author removes it and sends the text again.</li>
 * <li>On output (search passages, CSV, Akoma Ntoso, PDF, DOCX) any one left in older text is removed
 * ({@link #neutral}); on a page a wording stands in its own {@code <bdi>}, so that nothing in it reorders what
 * surrounds it.</li>
 * <li>The SHA-256 that an approval records is taken over the text without them ({@link #sha256}).</li>
 * </ul>
 * {@link SingleLine} is the same rule for a name or a single-line field, which it cleans silently.
 */
public final class ApprovedText {

	/** The message of a refusal: the text holds a direction control, at the position it names (from 1). */
	public static final String DIRECTION_CONTROLS = "text.directionControls";

	private ApprovedText() {
	}

	/**
	 * Refuses a text that holds a direction control ({@link DeskException.Invalid} with {@link #DIRECTION_CONTROLS}
	 * and the position, from 1, of the first one); answers the text as given otherwise ({@code null} too).
	 */
	public static String requireNoDirectionControls(String text) {
		int at = firstDirectionControl(text);
		if (at >= 0) {
			throw new DeskException.Invalid(DIRECTION_CONTROLS, at + 1);
		}
		return text;
	}

	/** The position (from 0) of the first direction control of the text, or -1 if it has none. */
	public static int firstDirectionControl(String text) {
		if (text == null) {
			return -1;
		}
		for (int i = 0; i < text.length(); i++) {
			if (SingleLine.isDirectionControl(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The text without its direction controls, every other character (line breaks included) kept; {@code null}
	 * stays {@code null}. For what goes out: a search passage, a file.
	 */
	public static String neutral(String text) {
		if (firstDirectionControl(text) < 0) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!SingleLine.isDirectionControl(c)) {
				kept.append(c);
			}
		}
		return kept.toString();
	}

	/**
	 * The SHA-256 (64 lower-case hexadecimal digits) of the text as approved: its UTF-8 bytes without direction
	 * controls, so that no invisible character decides whether two texts are the same text.
	 */
	public static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(neutral(text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", e);
		}
	}
}
