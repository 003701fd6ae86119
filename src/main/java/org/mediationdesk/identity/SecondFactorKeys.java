package org.mediationdesk.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.mediationdesk.shared.StartRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key that encrypts the second factor's secrets at rest (AES-256-GCM, the JDK's), kept in a file outside the
 * database ({@code mediationdesk.security.second-factor-key}), so that a copy of the database or of its backups does
 * not hold what makes the codes. The file holds the 32 bytes of the key in Base64 on one line, as
 * {@code openssl rand -base64 32} writes it. In evaluation mode a missing key is generated at the first start
 * (readable by its owner only); in production ({@code mediationdesk.security.generate-second-factor-key=false}) a
 * missing key stops the start.
 *
 * <p>A stored secret reads {@code tfa1:KEYID:BASE64}, where KEYID is the first 8 hexadecimal digits of the SHA-256 of
 * the key and BASE64 the 12-byte nonce followed by the ciphertext and its tag; the account's id is the associated
 * data, so that a secret moved to another account's row does not open.
 *
 * <p>While the key is rotated, two more files may stand beside it: {@code FILE.next} (the new key, before it takes
 * the place of the old) and {@code FILE.previous} (the old key, until no secret is under it any more). Every key
 * present is read, so that a rotation interrupted at any step leaves every secret readable.
 */
final class SecondFactorKeys {

	static final String PREFIX = "tfa1:";
	private static final Logger LOG = LoggerFactory.getLogger(SecondFactorKeys.class);
	private static final SecureRandom RANDOM = new SecureRandom();
	private static final int NONCE = 12;
	private static final int TAG_BITS = 128;

	private final Path file;
	private final Map<String, SecretKey> keys = new LinkedHashMap<>();

	SecondFactorKeys(Path file, boolean generate) {
		this.file = file.toAbsolutePath();
		if (!Files.exists(this.file) && !Files.exists(next())) {
			if (!generate) {
				throw new StartRefused(missing(this.file));
			}
			write(this.file, newKey());
			LOG.warn("Generated the second factor's key {} (evaluation mode). Keep it apart from the database; without"
					+ " it no enrolled second factor works.", this.file);
		}
		reload();
	}

	/** What to do about a missing key, in one line. */
	static String missing(Path file) {
		return "the second factor's key " + file + " is missing; create it with: openssl rand -base64 32 > " + file
				+ " (or point MEDIATIONDESK_SECOND_FACTOR_KEY at the key); if secrets were enrolled under a key, that key"
				+ " is needed";
	}

	Path file() {
		return file;
	}

	Path next() {
		return file.resolveSibling(file.getFileName() + ".next");
	}

	Path previous() {
		return file.resolveSibling(file.getFileName() + ".previous");
	}

	/** The id of the key new secrets are sealed with: the key file's (its successor's while a swap is under way). */
	synchronized String currentId() {
		Path current = Files.exists(file) ? file : next();
		SecretKey key = read(current);
		String id = id(key);
		keys.putIfAbsent(id, key);
		return id;
	}

	/** Whether a key of this id is among the files. */
	synchronized boolean knows(String keyId) {
		if (!keys.containsKey(keyId)) {
			reload();
		}
		return keys.containsKey(keyId);
	}

	/** The secret sealed for this account under the current key. */
	String seal(UUID accountId, String secret) {
		return seal(accountId, secret, currentId());
	}

	/** The secret sealed for this account under the key of this id. */
	synchronized String seal(UUID accountId, String secret, String keyId) {
		try {
			byte[] nonce = new byte[NONCE];
			RANDOM.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key(keyId), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(accountId.toString().getBytes(StandardCharsets.US_ASCII));
			byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
			byte[] stored = new byte[NONCE + sealed.length];
			System.arraycopy(nonce, 0, stored, 0, NONCE);
			System.arraycopy(sealed, 0, stored, NONCE, sealed.length);
			return PREFIX + keyId + ":" + Base64.getEncoder().encodeToString(stored);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("The second factor's secret could not be encrypted", e);
		}
	}

	/** The secret of this account as stored; fails if it is not sealed, or not under a known key, or altered. */
	String open(UUID accountId, String stored) {
		String keyId = keyId(stored).orElseThrow(() -> new IllegalStateException(
				"the second factor's secret of account " + accountId + " is not encrypted"));
		if (!knows(keyId)) {
			throw new IllegalStateException("the second factor's secret of account " + accountId + " is under key "
					+ keyId + ", which is not among the key files beside " + file);
		}
		try {
			byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length() + keyId.length() + 1));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key(keyId), new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE));
			cipher.updateAAD(accountId.toString().getBytes(StandardCharsets.US_ASCII));
			return new String(cipher.doFinal(bytes, NONCE, bytes.length - NONCE), StandardCharsets.US_ASCII);
		}
		catch (GeneralSecurityException | IllegalArgumentException e) {
			throw new IllegalStateException("the second factor's secret of account " + accountId
					+ " does not open with key " + keyId + " (altered, or moved from another account)", e);
		}
	}

	/** The id of the key a stored secret is sealed under, or empty if it is not sealed (a secret kept as it was). */
	static Optional<String> keyId(String stored) {
		if (stored == null || !stored.startsWith(PREFIX)) {
			return Optional.empty();
		}
		int colon = stored.indexOf(':', PREFIX.length());
		return colon < 0 ? Optional.empty() : Optional.of(stored.substring(PREFIX.length(), colon));
	}

	/** Writes a new key to {@code FILE.next}, unless one is there already (a rotation taken up again); returns its id. */
	synchronized String prepareNext() {
		if (!Files.exists(next())) {
			write(next(), newKey());
		}
		reload();
		return id(read(next()));
	}

	/** The new key takes the old one's place; the old stays as {@code FILE.previous} until it is removed. */
	synchronized void swap() {
		try {
			if (Files.exists(next())) {
				if (Files.exists(file)) {
					Files.move(file, previous(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
				}
				Files.move(next(), file, StandardCopyOption.ATOMIC_MOVE);
			}
		}
		catch (IOException e) {
			throw new IllegalStateException("the key files beside " + file + " could not be renamed: " + e.getMessage(), e);
		}
		reload();
	}

	/** Removes the old key, once no secret is under it. */
	synchronized void dropPrevious() {
		try {
			Files.deleteIfExists(previous());
		}
		catch (IOException e) {
			throw new IllegalStateException("the old key " + previous() + " could not be removed: " + e.getMessage(), e);
		}
		reload();
	}

	private SecretKey key(String keyId) {
		SecretKey key = keys.get(keyId);
		if (key == null) {
			throw new IllegalStateException("no second factor key " + keyId + " beside " + file);
		}
		return key;
	}

	private void reload() {
		for (Path candidate : new Path[] { file, next(), previous() }) {
			if (Files.exists(candidate)) {
				SecretKey key = read(candidate);
				keys.putIfAbsent(id(key), key);
			}
		}
	}

	private static SecretKey read(Path path) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(Files.readString(path, StandardCharsets.US_ASCII).strip());
		}
		catch (IOException | IllegalArgumentException e) {
			throw new StartRefused("the second factor's key " + path + " cannot be read (" + e.getMessage()
					+ "); it must hold 32 bytes in Base64, as: openssl rand -base64 32 > " + path);
		}
		if (bytes.length != 32) {
			throw new StartRefused("the second factor's key " + path + " holds " + bytes.length
					+ " bytes, not 32; it must hold 32 bytes in Base64, as: openssl rand -base64 32 > " + path);
		}
		return new SecretKeySpec(bytes, "AES");
	}

	static String id(SecretKey key) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded())).substring(0, 8);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", e);
		}
	}

	private static byte[] newKey() {
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		return key;
	}

	/** Writes a key readable by its owner only, whole or not at all: a file beside it, then renamed into place. */
	private static void write(Path path, byte[] key) {
		Path partial = path.resolveSibling(path.getFileName() + ".partial");
		try {
			if (path.getParent() != null) {
				Files.createDirectories(path.getParent());
			}
			Files.deleteIfExists(partial);
			try {
				Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			catch (UnsupportedOperationException notPosix) {
				Files.createFile(partial);
			}
			Files.writeString(partial, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
			Files.move(partial, path, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException startedAlongside) {
			// another process wrote it a moment ago: that one is used
		}
		catch (IOException e) {
			throw new StartRefused("the second factor's key " + path + " cannot be created (" + e.getMessage()
					+ "); make its directory writable or set MEDIATIONDESK_SECOND_FACTOR_KEY");
		}
	}
}
