package org.mediationdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationdesk.shared.StartRefused;

/** The checkpoint key: read as openssl writes it, generated in the same form, required where it may not be generated. */
class CheckpointKeyTests {

	/** Written by {@code openssl genpkey -algorithm ed25519}. */
	private static final String OPENSSL_KEY = """
			-----BEGIN PRIVATE KEY-----
			MC4CAQAwBQYDK2VwBCIEIFP5HqcDGU1BGZd9qVhVzQp2sZG0Zb32wsz05q7cQ6iD
			-----END PRIVATE KEY-----
			""";

	/** Its public half, as {@code openssl pkey -pubout} prints it. */
	private static final String OPENSSL_PUBLIC_KEY_BODY = "MCowBQYDK2VwAyEA";

	@TempDir
	Path directory;

	@Test
	void readsAKeyWrittenByOpensslAndSignsWithIt() throws Exception {
		Path file = Files.writeString(directory.resolve("openssl.key"), OPENSSL_KEY);
		CheckpointKey key = new CheckpointKey(file, false);
		assertThat(key.publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----\n" + OPENSSL_PUBLIC_KEY_BODY);
		assertThat(key.keyId()).hasSize(16).matches("[0-9a-f]+");
		String text = Checkpoint.signedText(12, "ab".repeat(32), Instant.parse("2026-12-03T10:00:00Z"), key.keyId());
		String signature = key.sign(text);
		assertThat(key.verifies(text, signature)).isTrue();
		assertThat(key.verifies(text.replace(" 12 ", " 13 "), signature)).isFalse();
		assertThat(key.verifies(text, "not base64!")).isFalse();
	}

	@Test
	void generatesAMissingKeyInTheFormOpensslWritesAndKeepsIt() throws Exception {
		Path file = directory.resolve("data/audit-checkpoint.key");
		CheckpointKey generated = new CheckpointKey(file, true);
		// version 0, no public key inside: the same DER prefix as openssl's
		assertThat(Files.readString(file)).startsWith("-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIE");
		assertThat(Files.getPosixFilePermissions(file)).hasSize(2);
		assertThat(new CheckpointKey(file, false).keyId()).isEqualTo(generated.keyId());
	}

	@Test
	void refusesToStartWithoutAKeyWhereItMayNotBeGenerated() {
		Path file = directory.resolve("missing.key");
		assertThatThrownBy(() -> new CheckpointKey(file, false)).isInstanceOf(StartRefused.class)
			.hasMessage("the audit checkpoint key " + file + " is missing; create it with: openssl genpkey -algorithm ed25519 -out "
					+ file + " (or point MEDIATIONDESK_AUDIT_CHECKPOINT_KEY at the key)");
		assertThat(file).doesNotExist();
	}

	@Test
	void parsesOnlyWellFormedCheckpointLines() {
		Checkpoint checkpoint = new Checkpoint(7, "0f".repeat(32), Instant.parse("2026-12-03T10:00:00Z"), "0123456789abcdef",
				"c2lnbmF0dXJl");
		assertThat(Checkpoint.parse(checkpoint.line())).contains(checkpoint);
		assertThat(checkpoint.line()).isEqualTo("mediationdesk-audit-checkpoint/1 7 " + "0f".repeat(32)
				+ " 2026-12-03T10:00:00Z 0123456789abcdef c2lnbmF0dXJl");
		assertThat(Checkpoint.parse(checkpoint.line().replace("/1 ", "/2 "))).isEmpty();
		assertThat(Checkpoint.parse(checkpoint.line().replace("2026-12-03T10:00:00Z", "yesterday"))).isEmpty();
		assertThat(Checkpoint.parse("")).isEmpty();
	}
}
