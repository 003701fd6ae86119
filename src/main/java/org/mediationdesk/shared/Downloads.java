package org.mediationdesk.shared;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every download of a file that its reading puts on record (a document's file, a negotiating text's export): the
 * reading is written to the audit log once, for a {@code GET} that delivers the file, and never for what takes
 * nothing out of the platform: a {@code HEAD} (the headers alone) or a {@code GET} answered "not modified" ({@code
 * 304}, the client's {@code If-None-Match} names the file it already has). The {@code GET} stays safe for its reader:
 * the audit entry is a record kept beside the resource, not a change of it.
 */
public final class Downloads {

	private Downloads() {
	}

	/**
	 * The answer to a download: the file with its tag as a strong {@code ETag} ({@code private, no-cache}: a client
	 * asks again each time, with the tag), or 304 if the client has it already; {@code reading} (the audit entry) runs
	 * only when the file itself goes out.
	 *
	 * @param tag what names this file for this reader (letters, digits, dots, dashes), the same for the same bytes
	 * @param disposition the attachment and its file name
	 */
	public static ResponseEntity<byte[]> file(HttpServletRequest request, String tag, ContentDisposition disposition,
			MediaType type, byte[] content, Runnable reading) {
		String etag = "\"" + tag.replaceAll("[^A-Za-z0-9._-]", "-") + "\"";
		if (held(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag)
				.cacheControl(CacheControl.noCache().cachePrivate()).build();
		}
		if (!"HEAD".equalsIgnoreCase(request.getMethod())) {
			reading.run();
		}
		return ResponseEntity.ok()
			.contentType(type)
			.eTag(etag)
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

	/** A tag for a file whose bytes are always the same: the first half of their SHA-256, in hexadecimal. */
	public static String tagOf(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 16);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", e);
		}
	}

	/** Whether {@code If-None-Match} names this tag (strong or weak) or is {@code *}. */
	static boolean held(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
			return false;
		}
		return Arrays.stream(ifNoneMatch.split(","))
			.map(String::strip)
			.map(sent -> sent.startsWith("W/") ? sent.substring(2) : sent)
			.anyMatch(sent -> sent.equals("*") || sent.equals(etag));
	}
}
