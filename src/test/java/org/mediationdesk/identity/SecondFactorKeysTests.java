package org.mediationdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationdesk.shared.StartRefused;

/**
 * The key of the second factor's secrets: what it seals does not hold the secret, opens only for its account, and
 * every state a rotation can be cut short in leaves every secret readable; a missing or wrong key refuses the start
 * in one line.
 */
class SecondFactorKeysTests {

	@TempDir
	Path directory;

	private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	@Test
	void sealsSoThatTheStoredFormHoldsNoSecretAndOpensOnlyForItsAccount() throws Exception {
		Path file = directory.resolve("second-factor.key");
		SecondFactorKeys keys = new SecondFactorKeys(file, true);
		UUID account = UUID.randomUUID();
		String stored = keys.seal(account, SECRET);
		assertThat(stored).startsWith(SecondFactorKeys.PREFIX + keys.currentId() + ":").doesNotContain(SECRET)
			.hasSizeLessThanOrEqualTo(200);
		assertThat(keys.seal(account, SECRET)).as("a new nonce each time").isNotEqualTo(stored);
		assertThat(keys.open(account, stored)).isEqualTo(SECRET);
		assertThatThrownBy(() -> keys.open(UUID.randomUUID(), stored)).as("moved to another account")
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> keys.open(account, SECRET)).as("a secret kept as it was")
			.isInstanceOf(IllegalStateException.class);
		assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
		assertThat(new SecondFactorKeys(file, false).open(account, stored)).as("read again at the next start")
			.isEqualTo(SECRET);
	}

	@Test
	void refusesToStartInOneLineWithoutTheKeyOrWithAWrongOne() throws Exception {
		Path missing = directory.resolve("missing.key");
		assertThatThrownBy(() -> new SecondFactorKeys(missing, false)).isInstanceOf(StartRefused.class)
			.hasMessageContaining(missing.toString())
			.hasMessageContaining("openssl rand -base64 32")
			.hasMessageNotContaining("\n");
		assertThat(missing).doesNotExist();
		Path wrong = Files.writeString(directory.resolve("wrong.key"), "not a key at all\n");
		assertThatThrownBy(() -> new SecondFactorKeys(wrong, true)).isInstanceOf(StartRefused.class)
			.hasMessageContaining(wrong.toString())
			.hasMessageNotContaining("\n");
		Path shortKey = Files.writeString(directory.resolve("short.key"), "c2hvcnQ=\n");
		assertThatThrownBy(() -> new SecondFactorKeys(shortKey, true)).isInstanceOf(StartRefused.class)
			.hasMessageContaining("not 32");
	}

	@Test
	void leavesEverySecretReadableWhereverARotationIsCutShort() throws Exception {
		Path file = directory.resolve("second-factor.key");
		SecondFactorKeys keys = new SecondFactorKeys(file, true);
		UUID account = UUID.randomUUID();
		String underOld = keys.seal(account, SECRET);
		String oldId = keys.currentId();

		String newId = keys.prepareNext();
		assertThat(newId).isNotEqualTo(oldId);
		assertThat(keys.prepareNext()).as("taken up again, the same new key").isEqualTo(newId);
		String underNew = keys.seal(account, SECRET, newId);
		assertThat(new SecondFactorKeys(file, false).open(account, underOld)).as("cut short before the swap")
			.isEqualTo(SECRET);
		assertThat(new SecondFactorKeys(file, false).open(account, underNew)).isEqualTo(SECRET);

		// cut short between the two renames: the old key already moved aside, the new one not yet in its place
		Files.move(file, keys.previous());
		SecondFactorKeys between = new SecondFactorKeys(file, false);
		assertThat(between.open(account, underOld)).isEqualTo(SECRET);
		assertThat(between.open(account, underNew)).isEqualTo(SECRET);
		assertThat(between.currentId()).as("the new key seals while the swap is under way").isEqualTo(newId);
		assertThat(file).as("nothing generated in its place").doesNotExist();

		between.swap();
		assertThat(file).exists();
		assertThat(keys.next()).doesNotExist();
		assertThat(new SecondFactorKeys(file, false).currentId()).isEqualTo(newId);
		assertThat(new SecondFactorKeys(file, false).open(account, underOld)).as("the old key kept until the end")
			.isEqualTo(SECRET);
		between.dropPrevious();
		assertThat(keys.previous()).doesNotExist();
		assertThatThrownBy(() -> new SecondFactorKeys(file, false).open(account, underOld))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining(oldId);
	}
}
