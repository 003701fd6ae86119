package org.mediationdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationdesk.CommandRun;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.TestDatabase;
import org.mediationdesk.shared.StartRefused;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The second factor's secrets are encrypted at rest under a key outside the database: the column never holds the
 * secret; an account enrolled before the encryption keeps its second factor (its secret is encrypted at the start);
 * logins go on working after the key is rotated by its command; a start with another key is refused in one line.
 */
@IntegrationTest
class SecondFactorEncryptionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SecondFactor secondFactor;

	@Autowired
	SecondFactorSecrets secrets;

	@Autowired
	IdentityProperties properties;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@TempDir
	Path directory;

	private String stored(String username) {
		return jdbc.sql("SELECT second_factor_secret FROM account WHERE username = :u")
			.param("u", username)
			.query(String.class)
			.single();
	}

	/** An account with a second factor enrolled through the facade; returns its secret. */
	private String enrolled(Viewer viewer) {
		String secret = OneTimeCodes.newSecret();
		secondFactor.enrol(viewer, secret, OneTimeCodes.code(secret, OneTimeCodes.step(clock.instant())));
		return secret;
	}

	/** Logs in with the password and then a code: true if the login ends on the start page. */
	private boolean logsIn(String username, String secret, int step) throws Exception {
		String address = "192.0.2." + UUID.randomUUID().toString().substring(0, 8);
		MvcResult password = mvc.perform(post("/login").param("username", username).param("password", Fixtures.PASSWORD)
			.with(csrf()).with(request -> {
				request.setRemoteAddr(address);
				return request;
			})).andReturn();
		assertThat(password.getResponse().getRedirectedUrl()).isEqualTo("/login/code");
		MvcResult code = mvc.perform(post("/login/code").session((MockHttpSession) password.getRequest().getSession())
			.with(csrf())
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			})
			.param("code", OneTimeCodes.code(secret, OneTimeCodes.step(clock.instant()) + step))).andReturn();
		return "/".equals(code.getResponse().getRedirectedUrl());
	}

	@Test
	void keepsTheSecretEncryptedAndLogsInWithTheCode() throws Exception {
		Viewer viewer = fixtures.viewer(Role.ADMIN, null, null);
		String secret = enrolled(viewer);
		String column = stored(viewer.username());
		assertThat(column).startsWith(SecondFactorKeys.PREFIX).doesNotContain(secret);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM account WHERE second_factor_secret NOT LIKE 'tfa1:%'")
			.query(Long.class)
			.single()).as("no secret anywhere is kept as it is").isZero();
		assertThat(logsIn(viewer.username(), secret, 1)).isTrue();
	}

	@Test
	void encryptsAtTheStartASecretEnrolledBeforeAndItsSecondFactorGoesOnWorking() throws Exception {
		Viewer viewer = fixtures.viewer(Role.ADMIN, null, null);
		String secret = OneTimeCodes.newSecret();
		// as an installation enrolled before secrets were encrypted kept it
		jdbc.sql("UPDATE account SET second_factor_secret = :s, second_factor_since = CURRENT_TIMESTAMP,"
				+ " second_factor_last_step = 0 WHERE id = :id")
			.param("s", secret)
			.param("id", viewer.accountId())
			.update();
		secrets.afterSingletonsInstantiated();
		assertThat(stored(viewer.username())).startsWith(SecondFactorKeys.PREFIX).doesNotContain(secret);
		assertThat(logsIn(viewer.username(), secret, 0)).isTrue();
	}

	@Test
	void logsInAfterTheKeyIsRotatedByItsCommand() throws Exception {
		Viewer viewer = fixtures.viewer(Role.ADMIN, null, null);
		String secret = enrolled(viewer);
		String before = stored(viewer.username());
		Path key = properties.security().secondFactorKey();
		String oldKey = Files.readString(key);

		CommandRun rotation = CommandRun.against(TestDatabase.url(), "second-factor", "rotate-key");
		assertThat(rotation.exitCode()).as(rotation.output() + rotation.errors()).isZero();
		assertThat(rotation.output()).contains("second factor key rotated from");

		assertThat(Files.readString(key)).as("a new key in the file's place").isNotEqualTo(oldKey);
		assertThat(key.resolveSibling(key.getFileName() + ".previous")).as("the old key removed once done").doesNotExist();
		assertThat(key.resolveSibling(key.getFileName() + ".next")).doesNotExist();
		String after = stored(viewer.username());
		assertThat(SecondFactorKeys.keyId(after)).isNotEqualTo(SecondFactorKeys.keyId(before));
		assertThat(after).doesNotContain(secret);
		assertThat(logsIn(viewer.username(), secret, 1)).as("the running application reads the new key").isTrue();
		Viewer later = fixtures.viewer(Role.ADMIN, null, null);
		String laterSecret = enrolled(later);
		assertThat(SecondFactorKeys.keyId(stored(later.username()))).isEqualTo(SecondFactorKeys.keyId(after));
		assertThat(logsIn(later.username(), laterSecret, 1)).isTrue();
	}

	@Test
	void refusesToStartInOneLineWithAnotherKeyRatherThanDropTheSecondFactor() throws Exception {
		Viewer viewer = fixtures.viewer(Role.ADMIN, null, null);
		enrolled(viewer);
		Path otherKey = directory.resolve("other.key");
		IdentityProperties other = new IdentityProperties(new IdentityProperties.Security(false, otherKey, true),
				properties.invitations());
		SecondFactorSecrets elsewhere = new SecondFactorSecrets(other, jdbc, transactions);
		assertThatThrownBy(elsewhere::afterSingletonsInstantiated).isInstanceOf(StartRefused.class)
			.hasMessageContaining(otherKey.toString())
			.hasMessageContaining("is not the key the enrolled second factors were encrypted with")
			.hasMessageNotContaining("\n");
		IdentityProperties none = new IdentityProperties(
				new IdentityProperties.Security(false, directory.resolve("absent.key"), false), properties.invitations());
		assertThatThrownBy(() -> new SecondFactorSecrets(none, jdbc, transactions)).isInstanceOf(StartRefused.class)
			.hasMessageContaining("absent.key is missing");
		assertThat(secrets.open(viewer.accountId(), stored(viewer.username()))).as("nothing changed in the database")
			.matches("[A-Z2-7]{32}");
	}
}
