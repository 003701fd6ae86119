package org.mediationdesk.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.mediationdesk.shared.StartRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The installation's Ed25519 key that signs the audit log's checkpoints. It lives in a file outside the database
 * ({@code mediationdesk.audit.checkpoint-key}), in the PKCS#8 PEM form that
 * {@code openssl genpkey -algorithm ed25519} writes, so that someone who can change the database cannot sign a
 * history of their own. In evaluation mode a missing key is generated at the first start; in production
 * ({@code mediationdesk.audit.generate-checkpoint-key=false}) a missing key stops the start.
 */
@Component
class CheckpointKey {

	private static final Logger LOG = LoggerFactory.getLogger(CheckpointKey.class);
	private static final String PRIVATE = "PRIVATE KEY";
	private static final String PUBLIC = "PUBLIC KEY";
	/** The object identifier of Ed25519 keys (RFC 8410). */
	private static final ASN1ObjectIdentifier ED25519 = new ASN1ObjectIdentifier("1.3.101.112");

	private final Ed25519PrivateKeyParameters privateKey;
	private final Ed25519PublicKeyParameters publicKey;
	private final String keyId;
	private final String publicKeyPem;

	@Autowired
	CheckpointKey(AuditProperties properties) {
		this(properties.checkpointKey(), properties.generateCheckpointKey());
	}

	CheckpointKey(Path file, boolean generate) {
		this.privateKey = load(file, generate);
		this.publicKey = privateKey.generatePublicKey();
		this.keyId = keyId(publicKey.getEncoded());
		try {
			this.publicKeyPem = pem(PUBLIC, SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(publicKey).getEncoded());
		}
		catch (IOException e) {
			throw new IllegalStateException("Could not encode the audit checkpoint key's public half", e);
		}
	}

	/** The first 16 hexadecimal digits of the SHA-256 of the raw public key: names the key in each checkpoint. */
	String keyId() {
		return keyId;
	}

	/** The public key as {@code openssl pkey -pubout} prints it, for publication beside the checkpoints. */
	String publicKeyPem() {
		return publicKeyPem;
	}

	String sign(String text) {
		Ed25519Signer signer = new Ed25519Signer();
		signer.init(true, privateKey);
		byte[] message = text.getBytes(StandardCharsets.UTF_8);
		signer.update(message, 0, message.length);
		return Base64.getEncoder().encodeToString(signer.generateSignature());
	}

	boolean verifies(String text, String signature) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(signature);
		}
		catch (IllegalArgumentException notBase64) {
			return false;
		}
		Ed25519Signer verifier = new Ed25519Signer();
		verifier.init(false, publicKey);
		byte[] message = text.getBytes(StandardCharsets.UTF_8);
		verifier.update(message, 0, message.length);
		return verifier.verifySignature(bytes);
	}

	private static Ed25519PrivateKeyParameters load(Path file, boolean generate) {
		if (!Files.exists(file)) {
			if (!generate) {
				throw new StartRefused(missing(file));
			}
			generate(file);
		}
		try {
			AsymmetricKeyParameter key = PrivateKeyFactory.createKey(unpem(Files.readString(file, StandardCharsets.US_ASCII)));
			if (key instanceof Ed25519PrivateKeyParameters ed25519) {
				return ed25519;
			}
			throw new StartRefused("the audit checkpoint key " + file + " is not an Ed25519 key;"
					+ " create one with: openssl genpkey -algorithm ed25519 -out " + file);
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof StartRefused refused) {
				throw refused;
			}
			throw new StartRefused("the audit checkpoint key " + file + " cannot be read (" + e.getMessage()
					+ "); it must be a PKCS#8 PEM file such as: openssl genpkey -algorithm ed25519 -out " + file);
		}
	}

	/** What to do about a missing key, in one line. */
	static String missing(Path file) {
		return "the audit checkpoint key " + file + " is missing; create it with: openssl genpkey -algorithm ed25519 -out "
				+ file + " (or point MEDIATIONDESK_AUDIT_CHECKPOINT_KEY at the key)";
	}

	private static void generate(Path file) {
		Ed25519PrivateKeyParameters key = new Ed25519PrivateKeyParameters(new SecureRandom());
		try {
			// version 0 without the public key, as openssl writes it (OpenSSL 3.0 reads no other form)
			PrivateKeyInfo info = new PrivateKeyInfo(new AlgorithmIdentifier(ED25519),
					new DEROctetString(key.getEncoded()));
			if (file.toAbsolutePath().getParent() != null) {
				Files.createDirectories(file.toAbsolutePath().getParent());
			}
			Files.writeString(file, pem(PRIVATE, info.getEncoded()), StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE);
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException notPosix) {
				// a file system without POSIX permissions: left as the system creates files
			}
			LOG.warn("Generated the audit checkpoint key {} (evaluation mode). Keep it, and a copy of its public half,"
					+ " apart from the database.", file);
		}
		catch (FileAlreadyExistsException startedAlongside) {
			// another process generated it a moment ago: use that one
		}
		catch (IOException e) {
			throw new StartRefused("the audit checkpoint key " + file + " cannot be created (" + e.getMessage()
					+ "); make its directory writable or set MEDIATIONDESK_AUDIT_CHECKPOINT_KEY");
		}
	}

	private static String pem(String type, byte[] der) {
		return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der)
				+ "\n-----END " + type + "-----\n";
	}

	private static byte[] unpem(String text) {
		String body = text.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
		return Base64.getDecoder().decode(body);
	}

	private static String keyId(byte[] raw) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw)).substring(0, 16);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", e);
		}
	}
}
