package org.mediationdesk.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * One entry of the chain. The canonical text lists every field in a fixed order, one per line, with
 * backslashes and line breaks escaped, so that no two different entries share a text.
 */
record AuditEntry(long seq, Instant occurredAt, String actor, String action, String objectType, String objectId,
		String audienceKind, UUID audienceGroup, String detail, String previousHash, String hash) {

	static final String GENESIS = "0".repeat(64);

	static AuditEntry chain(long seq, Instant occurredAt, String actor, String action, String objectType,
			String objectId, String audienceKind, UUID audienceGroup, String detail, String previousHash) {
		AuditEntry unsealed = new AuditEntry(seq, occurredAt, actor, action, objectType, objectId, audienceKind,
				audienceGroup, detail, previousHash, null);
		return new AuditEntry(seq, occurredAt, actor, action, objectType, objectId, audienceKind, audienceGroup, detail,
				previousHash, unsealed.computeHash());
	}

	String canonical() {
		return "seq=" + seq + "\nat=" + occurredAt + "\nactor=" + escape(actor) + "\naction=" + escape(action)
				+ "\nobjectType=" + escape(objectType) + "\nobjectId=" + escape(objectId) + "\naudienceKind="
				+ escape(audienceKind) + "\naudienceGroup=" + (audienceGroup == null ? "" : audienceGroup)
				+ "\ndetail=" + escape(detail) + "\n";
	}

	String computeHash() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(previousHash.getBytes(StandardCharsets.UTF_8));
			digest.update(canonical().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", e);
		}
	}

	private static String escape(String value) {
		return value == null ? "" : value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
	}
}
