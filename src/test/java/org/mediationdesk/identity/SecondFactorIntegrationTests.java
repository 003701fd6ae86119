package org.mediationdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.shared.Institution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The second factor (time-based one-time codes) as a user meets it: enrolment with a QR code drawn by the
 * application, recovery codes shown once and good once, the second step of a login with its throttle, and
 * HTTP Basic refused for such an account; and the first login of an account an administrator opened.
 */
@IntegrationTest
class SecondFactorIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccountManagement accounts;

	@Autowired
	SecondFactor secondFactor;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SecondFactorSecrets secrets;

	@Autowired
	Clock clock;

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static String address() {
		return "192.0.2." + UUID.randomUUID().toString().substring(0, 8);
	}

	private MvcResult login(String username, String password, String address) throws Exception {
		return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
			.with(from(address))).andReturn();
	}

	/** The code the authenticator app shows a number of time steps from now. */
	private String code(String secret, int stepsFromNow) {
		return OneTimeCodes.code(secret, OneTimeCodes.step(clock.instant()) + stepsFromNow);
	}

	/** Enrols a fresh account through the pages; returns its secret and recovery codes. */
	private record Enrolled(String username, String secret, List<String> recoveryCodes) {
	}

	@SuppressWarnings("unchecked")
	private Enrolled enrol(Role role, Institution institution) throws Exception {
		String username = fixtures.account(role, institution, role == Role.PARTICIPANT ? "GE" : null);
		MockHttpSession session = (MockHttpSession) login(username, Fixtures.PASSWORD, address()).getRequest().getSession();
		String page = mvc.perform(get("/profile/second-factor").session(session))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("src=\"data:image/svg+xml;base64,").contains("id=\"enrolment-key\"");
		String secret = (String) session.getAttribute(SecondFactorController.OFFERED);
		String svg = new String(java.util.Base64.getDecoder().decode(
				page.replaceAll("(?s).*src=\"data:image/svg\\+xml;base64,([^\"]+)\".*", "$1")));
		assertThat(svg).startsWith("<svg").contains("<path");

		mvc.perform(post("/profile/second-factor").session(session).with(csrf()).param("code", "000000"))
			.andExpect(redirectedUrl("/profile/second-factor"))
			.andExpect(result -> assertThat(result.getFlashMap().get("problem")).isEqualTo("secondFactor.codeWrong"));
		MvcResult enrolled = mvc.perform(post("/profile/second-factor").session(session).with(csrf())
			.param("code", code(secret, 0))).andExpect(redirectedUrl("/profile/second-factor")).andReturn();
		List<String> codes = (List<String>) enrolled.getFlashMap().get("recoveryCodes");
		assertThat(codes).hasSize(RecoveryCodes.COUNT).doesNotHaveDuplicates();
		String shown = mvc.perform(get("/profile/second-factor").session(session))
			.andReturn().getResponse().getContentAsString();
		assertThat(shown).contains(codes.get(0)).contains("id=\"recovery-codes\"");
		String again = mvc.perform(get("/profile/second-factor").session(session)).andReturn().getResponse().getContentAsString();
		assertThat(again).as("recovery codes are shown once").doesNotContain("id=\"recovery-codes\"");
		return new Enrolled(username, secret, codes);
	}

	@Test
	void enrolsWithAQrCodeAndThenLogsInOnlyWithTheCode() throws Exception {
		Enrolled account = enrol(Role.PARTICIPANT, null);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM recovery_code WHERE code_hash = :c").param("c", account.recoveryCodes().get(0))
			.query(Long.class).single()).as("stored hashed, never in clear").isZero();
		String address = address();

		MvcResult password = login(account.username(), Fixtures.PASSWORD, address);
		assertThat(password.getResponse().getRedirectedUrl()).isEqualTo("/login/code");
		MockHttpSession session = (MockHttpSession) password.getRequest().getSession();
		mvc.perform(get("/profile").session(session)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/login/code").session(session)).andExpect(status().isOk());

		String wrong = mvc.perform(post("/login/code").session(session).with(csrf()).with(from(address)).param("code", "123456"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(wrong).contains("id=\"code-wrong\"");
		mvc.perform(post("/login/code").session(session).with(csrf()).with(from(address)).param("code", code(account.secret(), 0)))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString())
				.as("the code used at enrolment is not accepted again").contains("id=\"code-wrong\""));

		MvcResult loggedIn = mvc.perform(post("/login/code").session(session).with(csrf()).with(from(address))
			.param("code", code(account.secret(), 1))).andExpect(redirectedUrl("/profile")).andReturn();
		MockHttpSession after = (MockHttpSession) loggedIn.getRequest().getSession();
		mvc.perform(get("/profile").session(after)).andExpect(status().isOk());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE actor = :u AND action = 'login.failed'"
				+ " AND detail = 'WrongCodeException'").param("u", account.username()).query(Long.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE actor = :u AND action = 'login.succeeded'")
			.param("u", account.username()).query(Long.class).single()).as("enrolment login and this one").isEqualTo(2);

		// HTTP Basic carries no code: no token for the password alone
		mvc.perform(post("/api/v1/tokens").with(httpBasic(account.username(), Fixtures.PASSWORD)))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("second factor")));
	}

	@Test
	void acceptsEachRecoveryCodeOnce() throws Exception {
		Enrolled account = enrol(Role.SECRETARIAT, null);
		String address = address();
		MockHttpSession session = (MockHttpSession) login(account.username(), Fixtures.PASSWORD, address).getRequest().getSession();
		String recovery = account.recoveryCodes().get(3).toUpperCase(java.util.Locale.ROOT);
		mvc.perform(post("/login/code").session(session).with(csrf()).with(from(address)).param("code", recovery))
			.andExpect(redirectedUrl("/"));
		assertThat(secondFactor.status(viewer(account.username())).recoveryCodesLeft()).isEqualTo(RecoveryCodes.COUNT - 1);

		session = (MockHttpSession) login(account.username(), Fixtures.PASSWORD, address).getRequest().getSession();
		mvc.perform(post("/login/code").session(session).with(csrf()).with(from(address)).param("code", recovery))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("id=\"code-wrong\""));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE actor = :u AND action = 'account.recovery_code_used'")
			.param("u", account.username()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void refusesTheSecondStepAfterTheThrottleWithoutLookingAtTheCode() throws Exception {
		Enrolled account = enrol(Role.PARTICIPANT, null);
		String attacker = address();
		MockHttpSession session = (MockHttpSession) login(account.username(), Fixtures.PASSWORD, attacker).getRequest().getSession();
		for (int guess = 0; guess <= LoginThrottle.PAIR_FREE; guess++) {
			mvc.perform(post("/login/code").session(session).with(csrf()).with(from(attacker)).param("code", "99999" + guess));
		}
		// counted ten minutes ahead, so that the wait outlasts this test however slowly it runs
		new LoginThrottle(jdbc, Clock.offset(clock, java.time.Duration.ofMinutes(10))).failed(account.username(), attacker);
		String refused = mvc.perform(post("/login/code").session(session).with(csrf()).with(from(attacker))
			.param("code", code(account.secret(), 1))).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("id=\"code-delayed\"").doesNotContain("id=\"code-wrong\"");
		mvc.perform(get("/profile").session(session)).andExpect(status().is3xxRedirection());

		// the owner, from elsewhere, is not slowed
		String owner = address();
		MockHttpSession own = (MockHttpSession) login(account.username(), Fixtures.PASSWORD, owner).getRequest().getSession();
		mvc.perform(post("/login/code").session(own).with(csrf()).with(from(owner)).param("code", code(account.secret(), 1)))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void sendsBackToTheLoginFormWithoutAPasswordStep() throws Exception {
		mvc.perform(get("/login/code")).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/login/code").with(csrf()).param("code", "123456")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void removesAnOptionalSecondFactorOnlyWithACode() throws Exception {
		Enrolled account = enrol(Role.PARTICIPANT, null);
		String address = address();
		MockHttpSession session = (MockHttpSession) login(account.username(), Fixtures.PASSWORD, address).getRequest().getSession();
		session = (MockHttpSession) mvc.perform(post("/login/code").session(session).with(csrf()).with(from(address))
			.param("code", account.recoveryCodes().get(0))).andReturn().getRequest().getSession();
		mvc.perform(post("/profile/second-factor/remove").session(session).with(csrf()).param("code", "000000"))
			.andExpect(result -> assertThat(result.getFlashMap().get("problem")).isEqualTo("secondFactor.codeWrong"));
		mvc.perform(post("/profile/second-factor/remove").session(session).with(csrf()).param("code", code(account.secret(), 1)))
			.andExpect(result -> assertThat(result.getFlashMap().get("notice")).isEqualTo("secondFactor.removed"));
		assertThat(login(account.username(), Fixtures.PASSWORD, address).getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void throttlesGuessedCodesOnTheFormsThatChangeTheSecondFactor() throws Exception {
		Enrolled account = enrol(Role.PARTICIPANT, null);
		String address = address();
		MockHttpSession session = (MockHttpSession) login(account.username(), Fixtures.PASSWORD, address).getRequest().getSession();
		session = (MockHttpSession) mvc.perform(post("/login/code").session(session).with(csrf()).with(from(address))
			.param("code", account.recoveryCodes().get(0))).andReturn().getRequest().getSession();
		for (int guess = 0; guess < LoginThrottle.PAIR_FREE; guess++) {
			mvc.perform(post("/profile/second-factor/remove").session(session).with(csrf()).with(from(address))
				.param("code", "99999" + guess))
				.andExpect(result -> assertThat(result.getFlashMap().get("problem")).isEqualTo("secondFactor.codeWrong"));
		}
		// one more failure, counted ten minutes ahead, so that the wait outlasts this test however slowly it runs
		new LoginThrottle(jdbc, Clock.offset(clock, java.time.Duration.ofMinutes(10))).failed(account.username(), address);
		for (String form : List.of("/profile/second-factor/remove", "/profile/second-factor/recovery-codes")) {
			mvc.perform(post(form).session(session).with(csrf()).with(from(address)).param("code", code(account.secret(), 1)))
				.andExpect(result -> assertThat(result.getFlashMap().get("problem")).as(form).isEqualTo("secondFactor.delayed"))
				.andExpect(result -> assertThat(result.getFlashMap().get("notice")).isNull());
		}
		UUID id = jdbc.sql("SELECT id FROM account WHERE username = :username")
			.param("username", account.username())
			.query(UUID.class)
			.single();
		assertThat(secrets.open(id, jdbc.sql("SELECT second_factor_secret FROM account WHERE username = :username")
			.param("username", account.username())
			.query(String.class)
			.single())).as("the factor stays").isEqualTo(account.secret());
	}

	@Test
	void makesAnAccountWhosePasswordAnAdministratorResetChooseItsPasswordFirst() throws Exception {
		Viewer holder = fixtures.viewer(Role.CO_CHAIR, Institution.UN, null);
		String username = holder.username();
		record Created(AccountView account, String password) {
		}
		Created created = new Created(accounts.get(fixtures.admin(), holder.accountId()),
				accounts.resetPassword(fixtures.admin(), holder.accountId()));
		assertThat(accounts.get(fixtures.admin(), holder.accountId()).mustChangePassword()).isTrue();
		mvc.perform(post("/api/v1/tokens").with(httpBasic(username, created.password())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("password")));

		MockHttpSession session = (MockHttpSession) login(username, created.password(), address()).getRequest().getSession();
		for (String page : List.of("/", "/documents", "/profile", "/profile/second-factor", "/texts")) {
			mvc.perform(get(page).session(session)).andExpect(redirectedUrl("/profile/password"));
		}
		String form = mvc.perform(get("/profile/password").session(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(form).contains("id=\"password-required\"").contains("id=\"password-form\"").contains("name=\"newPassword\"");
		String refused = mvc.perform(post("/profile/password").session(session).with(csrf())
			.param("currentPassword", created.password())
			.param("newPassword", "too short")
			.param("confirmation", "too short")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("id=\"password-required\"");
		mvc.perform(post("/profile/password").session(session).with(csrf())
			.param("currentPassword", created.password())
			.param("newPassword", "a password of my own choosing")
			.param("confirmation", "a password of my own choosing")).andExpect(redirectedUrl("/"));
		mvc.perform(get("/documents").session(session)).andExpect(status().isOk());
		assertThat(accounts.get(fixtures.admin(), created.account().id()).mustChangePassword()).isFalse();

		String reset = accounts.resetPassword(fixtures.admin(), created.account().id());
		MockHttpSession again = (MockHttpSession) login(username, reset, address()).getRequest().getSession();
		mvc.perform(get("/documents").session(again)).andExpect(redirectedUrl("/profile/password"));
	}

	@Test
	void doesNotHoldAccountsOpenedAtFirstStart() throws Exception {
		String username = fixtures.account(Role.CO_CHAIR, Institution.EU, null);
		MockHttpSession session = (MockHttpSession) login(username, Fixtures.PASSWORD, address()).getRequest().getSession();
		mvc.perform(get("/documents").session(session)).andExpect(status().isOk());
	}

	private Viewer viewer(String username) {
		return accounts.list(fixtures.admin()).stream()
			.filter(a -> a.username().equals(username))
			.map(a -> new Viewer(a.id(), username, a.role(), a.institution(), a.groupId()))
			.findFirst().orElseThrow();
	}
}
