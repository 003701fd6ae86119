package org.mediationdesk.texts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mediationdesk.shared.DeskException;

/**
 * What a viewer saw of a text, as a text's {@code ETag} and its page's forms carry it ({@code "12-3f9a…"}): how
 * many changes of its history the viewer may see (to tell them, on a stale write, what changed meanwhile), and a
 * digest of the whole view built for them. The view holds exactly what the viewer may see (the wordings they may
 * read, the stances the seal shows them, the counts among those), so the version moves whenever that moves, and
 * never with what is hidden from them: a sealed stance of another group, a wording in confidence to others.
 *
 * @param changes how many changes of the text's history the viewer may see
 * @param digest the digest of the view, or {@code null} for a bare count (a form or client older than digests)
 */
record TextVersion(long changes, String digest) {

	private static final Pattern FORM = Pattern.compile("(\\d{1,18})(?:-([0-9a-f]{16,64}))?");

	/** The version of a view as built for its viewer. */
	static TextVersion of(TextView view) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(view.toString().getBytes(StandardCharsets.UTF_8));
			return new TextVersion(view.seen(), HexFormat.of().formatHex(hash, 0, 12));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", e);
		}
	}

	/**
	 * A version as sent back ({@code If-Match}, quoted, perhaps weak, or a form's field), or {@code null} for none
	 * or {@code *}: then a write goes ahead whatever changed.
	 */
	static TextVersion parse(String sent) {
		if (sent == null || sent.isBlank() || sent.strip().equals("*")) {
			return null;
		}
		Matcher version = FORM.matcher(sent.strip().replaceFirst("^W/", "").replace("\"", ""));
		if (!version.matches()) {
			throw new DeskException.Invalid("texts.ifMatch");
		}
		return new TextVersion(Long.parseLong(version.group(1)), version.group(2));
	}

	/** As an {@code ETag} carries it (unquoted) and a form sends it back. */
	String tag() {
		return digest == null ? Long.toString(changes) : changes + "-" + digest;
	}

	/** Whether a viewer who saw this version saw what {@code now} shows; a bare count cannot tell, so it does. */
	boolean sameViewAs(TextVersion now) {
		return digest == null || digest.equals(now.digest()) && changes == now.changes();
	}
}
