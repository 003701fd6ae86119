package org.mediationdesk.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A secret that stands for its holder wherever it is presented (an API token, an invitation's one-time link, a
 * personal feed address), as it is kept: only the SHA-256 hash of the secret. The secret itself carries 256 random
 * bits, is shown once to whoever it is given to, and is never stored; a presented secret is looked up by its hash and
 * then compared in constant time. With that much randomness a fast hash is enough: there is nothing to guess, and a
 * stolen table of hashes opens nothing.
 *
 * @param hash the SHA-256 of the secret, 64 lower-case hexadecimal digits
 */
public record HashedSecret(String hash) {

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
	/** What follows the prefix of a secret made here: 32 random bytes, URL-safe base64 without padding. */
	private static final Pattern BODY = Pattern.compile("[A-Za-z0-9_-]{43}");

	public HashedSecret {
		if (hash == null || !HASH.matcher(hash).matches()) {
			throw new IllegalArgumentException("A hashed secret is 64 lower-case hexadecimal digits, not " + hash);
		}
	}

	/**
	 * Makes a new secret: its prefix (which tells what kind of secret it is, {@code mdt_} for API tokens; may be
	 * empty) and 256 random bits.
	 */
	public static Issued issue(String prefix) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		return new Issued(secret, of(secret));
	}

	/** The hash of any text kept as a secret (such as a recovery code, which has its own alphabet). */
	public static HashedSecret of(String secret) {
		return new HashedSecret(HexFormat.of().formatHex(digest(secret)));
	}

	/**
	 * The hash to look up a presented secret by: empty unless it has the shape of a secret issued with this prefix,
	 * so that anything else (a typo, a forged or overlong value) is not even hashed.
	 */
	public static Optional<HashedSecret> presented(String prefix, String secret) {
		if (secret == null || !secret.startsWith(prefix)
				|| !BODY.matcher(secret.substring(prefix.length())).matches()) {
			return Optional.empty();
		}
		return Optional.of(of(secret));
	}

	/** Whether a presented secret is the one kept here, compared in constant time. */
	public boolean matches(String secret) {
		return secret != null && MessageDigest.isEqual(HexFormat.of().parseHex(hash), digest(secret));
	}

	private static byte[] digest(String secret) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", e);
		}
	}

	/**
	 * A secret just made: the secret for its holder, shown this once, and its hash to keep.
	 *
	 * @param secret what the holder is given
	 * @param hashed what is stored
	 */
	public record Issued(String secret, HashedSecret hashed) {

		/** Never the secret, so that it cannot reach a log by accident. */
		@Override
		public String toString() {
			return "Issued[hashed=" + hashed + "]";
		}
	}
}
