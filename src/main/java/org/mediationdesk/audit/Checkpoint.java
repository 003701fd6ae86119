package org.mediationdesk.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed head of the audit log, in the manner of Certificate Transparency's signed tree heads: the sequence
 * number and hash of the last entry, the time of signing and the key that signed it. One line of the checkpoint
 * file:
 *
 * <pre>mediationdesk-audit-checkpoint/1 SEQ HASH TIME KEYID SIGNATURE</pre>
 *
 * with SEQ the entry's sequence number, HASH its SHA-256 chain hash (64 lower-case hexadecimal digits), TIME the
 * moment of signing (ISO 8601, UTC, whole seconds), KEYID the first 16 hexadecimal digits of the SHA-256 of the raw
 * Ed25519 public key, and SIGNATURE the Base64 Ed25519 signature of everything before it on the line (the UTF-8
 * bytes of the five fields joined by single spaces).
 */
record Checkpoint(long seq, String hash, Instant signedAt, String keyId, String signature) {

	static final String FORMAT = "mediationdesk-audit-checkpoint/1";

	private static final Pattern LINE = Pattern.compile(Pattern.quote(FORMAT)
			+ " (\\d{1,18}) ([0-9a-f]{64}) (\\S+) ([0-9a-f]{16}) ([A-Za-z0-9+/=]+)");

	/** The text the signature covers. */
	static String signedText(long seq, String hash, Instant signedAt, String keyId) {
		return FORMAT + " " + seq + " " + hash + " " + signedAt + " " + keyId;
	}

	String signedText() {
		return signedText(seq, hash, signedAt, keyId);
	}

	String line() {
		return signedText() + " " + signature;
	}

	/** The checkpoint on a line, or empty if the line is not one (whatever it says, it is not trusted until verified). */
	static Optional<Checkpoint> parse(String line) {
		Matcher matcher = LINE.matcher(line.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new Checkpoint(Long.parseLong(matcher.group(1)), matcher.group(2),
					Instant.parse(matcher.group(3)), matcher.group(4), matcher.group(5)));
		}
		catch (DateTimeParseException | NumberFormatException e) {
			return Optional.empty();
		}
	}
}
