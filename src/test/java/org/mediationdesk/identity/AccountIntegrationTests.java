package org.mediationdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.shared.Institution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class AccountIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	String base;

	@org.junit.jupiter.api.BeforeEach
	void base() {
		base = "http://localhost:" + port;
	}

	private static String sessionCookie(HttpClient client) {
		return ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("JSESSIONID"))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private MvcResult login(String username, String password) throws Exception {
		return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()))
			.andReturn();
	}

	@Test
	void logsInWithFormAndChangesSessionId() throws Exception {
		String username = fixtures.account(Role.SECRETARIAT, null, null);
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				BodyHandlers.ofString());
		String before = sessionCookie(client);
		String token = form.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		HttpResponse<String> loggedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("username=" + username + "&password="
					+ URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token))
			.build(), BodyHandlers.ofString());
		assertThat(loggedIn.statusCode()).isEqualTo(302);
		assertThat(loggedIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/"));
		assertThat(before).isNotNull();
		assertThat(sessionCookie(client)).isNotNull().isNotEqualTo(before);
		HttpResponse<String> administration = client.send(HttpRequest.newBuilder(URI.create(base + "/admin/accounts"))
			.header("Accept", "text/html")
			.build(), BodyHandlers.ofString());
		assertThat(administration.statusCode()).isEqualTo(404);
		assertThat(administration.body()).contains("There is nothing here, or nothing you may see")
			.contains(username);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'login.succeeded' AND actor = :u")
			.param("u", username).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void createsTheAdministratorAtFirstStartWithThePresetPassword() throws Exception {
		assertThat(login("admin", "admin-password-for-tests").getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM account WHERE username IN"
				+ " ('cochair-eu', 'cochair-un', 'cochair-osce', 'secretariat', 'participant-ge', 'participant-so')")
			.query(Long.class).single()).as("no evaluation accounts when they are switched off").isZero();
	}

	@Test
	void refusesWrongPasswordAndRecordsTheFailure() throws Exception {
		String username = fixtures.account(Role.PARTICIPANT, null, "SO");
		assertThat(login(username, "wrong password!").getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'login.failed' AND actor = :u")
			.param("u", username).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void refusesFormPostWithoutCsrfToken() throws Exception {
		mvc.perform(post("/login").param("username", "admin").param("password", "x")).andExpect(status().isForbidden());
	}

	@Test
	void sendsSecurityHeadersWithStrictContentSecurityPolicy() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("script-src 'self'"),
							org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void administratorOpensDisablesAndReEnablesAnAccount() throws Exception {
		Viewer admin = fixtures.admin();
		MvcResult created = mvc.perform(post("/admin/accounts").with(csrf())
			.with(authentication(Fixtures.authentication(admin)))
			.param("username", "new-" + UUID.randomUUID().toString().substring(0, 6))
			.param("displayName", "New co-chair")
			.param("role", "CO_CHAIR")
			.param("institution", "UN")).andExpect(status().is3xxRedirection()).andReturn();
		// no password is shown: without an SMTP server the invitation's one-time link is, once
		assertThat(created.getFlashMap().containsKey("newPassword")).isFalse();
		String link = (String) created.getFlashMap().get("invitationLink");
		String location = created.getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		AccountView account = accounts.get(admin, id);
		assertThat(account.role()).isEqualTo(Role.CO_CHAIR);
		assertThat(account.institution()).isEqualTo(Institution.UN);
		assertThat(account.awaitingPassword()).isTrue();
		String password = "the holder's own password";
		mvc.perform(post(link).with(csrf()).param("newPassword", password).param("confirmation", password))
			.andExpect(redirectedUrl("/login"));
		assertThat(login(account.username(), password).getResponse().getRedirectedUrl()).isEqualTo("/");

		mvc.perform(post("/admin/accounts/{id}/disable", id).with(csrf()).with(authentication(Fixtures.authentication(admin))))
			.andExpect(status().is3xxRedirection());
		assertThat(login(account.username(), password).getResponse().getRedirectedUrl()).isEqualTo("/login?error");

		mvc.perform(post("/admin/accounts/{id}/enable", id).with(csrf()).with(authentication(Fixtures.authentication(admin))))
			.andExpect(status().is3xxRedirection());
		String reset = (String) mvc.perform(post("/admin/accounts/{id}/password", id).with(csrf())
			.with(authentication(Fixtures.authentication(admin)))).andReturn().getFlashMap().get("newPassword");
		assertThat(reset).hasSize(20);
		assertThat(login(account.username(), reset).getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void logsTheOpeningTheNewRoleAndTheDisablingOfAnAccountInTheirTransactions() {
		Viewer admin = fixtures.admin();
		String username = "logged-" + UUID.randomUUID().toString().substring(0, 8);
		CreatedAccount created = accounts.create(admin, new NewAccount(username, "Logged Holder", null, null,
				new Assignment(Role.SECRETARIAT, null, null)));
		UUID id = created.account().id();
		accounts.assign(admin, id, new Assignment(Role.CO_CHAIR, Institution.UN, null));
		accounts.disable(admin, id);

		assertThat(jdbc.sql("SELECT action, actor, detail FROM audit_entry WHERE object_type = 'account'"
				+ " AND object_id = :id ORDER BY seq")
			.param("id", id.toString())
			.query((row, n) -> row.getString("action") + " by " + row.getString("actor") + ": " + row.getString("detail"))
			.list()).containsExactly(
					"account.created by " + admin.username() + ": " + username + ": SECRETARIAT",
					"account.invited by " + admin.username() + ": " + username + ": link handed over",
					"account.role_assigned by " + admin.username() + ": " + username + ": CO_CHAIR",
					"account.disabled by " + admin.username() + ": " + username);
	}

	@Test
	void appliesAdministratorChangesToOpenSessionsAtOnce() throws Exception {
		Viewer holder = fixtures.viewer(Role.SECRETARIAT, null, null);
		MockHttpSession session = (MockHttpSession) login(holder.username(), Fixtures.PASSWORD).getRequest().getSession();
		mvc.perform(get("/admin/accounts").session(session)).andExpect(status().isNotFound());

		accounts.assign(fixtures.admin(), holder.accountId(), new Assignment(Role.ADMIN, null, null));
		mvc.perform(get("/admin/accounts").session(session)).andExpect(status().isOk());

		accounts.disable(fixtures.admin(), holder.accountId());
		mvc.perform(get("/profile").session(session)).andExpect(status().is3xxRedirection());
	}

	@Test
	void endsSessionsAndRevokesTokensWhenAnAdministratorResetsThePassword() throws Exception {
		Viewer holder = fixtures.viewer(Role.PARTICIPANT, null, "AB");
		MockHttpSession session = (MockHttpSession) login(holder.username(), Fixtures.PASSWORD).getRequest().getSession();
		IssuedToken token = apiTokens.issue(holder, "laptop");
		mvc.perform(get("/profile").session(session)).andExpect(status().isOk());

		accounts.resetPassword(fixtures.admin(), holder.accountId());

		mvc.perform(get("/profile").session(session)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void refusesAnAdministratorsResetOfTheirOwnPassword() throws Exception {
		Viewer admin = fixtures.viewer(Role.ADMIN, null, null);
		MockHttpSession session = (MockHttpSession) login(admin.username(), Fixtures.PASSWORD).getRequest().getSession();
		MvcResult refused = mvc.perform(post("/admin/accounts/{id}/password", admin.accountId()).session(session).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(refused.getFlashMap().get("problem")).isEqualTo("account.cannotResetOwnPassword");
		assertThat(refused.getFlashMap().containsKey("newPassword")).isFalse();
		mvc.perform(get("/admin/accounts").session(session)).andExpect(status().isOk());
	}

	@Test
	void doesNotReviveSessionsWhenADisabledAccountIsEnabledAgain() throws Exception {
		Viewer holder = fixtures.viewer(Role.SECRETARIAT, null, null);
		MockHttpSession session = (MockHttpSession) login(holder.username(), Fixtures.PASSWORD).getRequest().getSession();
		accounts.disable(fixtures.admin(), holder.accountId());
		accounts.enable(fixtures.admin(), holder.accountId());
		mvc.perform(get("/profile").session(session)).andExpect(status().is3xxRedirection());
	}

	@Test
	void keepsThisSessionButEndsOthersWhenUsersChangeTheirOwnPassword() throws Exception {
		String username = fixtures.account(Role.SECRETARIAT, null, null);
		MockHttpSession here = (MockHttpSession) login(username, Fixtures.PASSWORD).getRequest().getSession();
		MockHttpSession elsewhere = (MockHttpSession) login(username, Fixtures.PASSWORD).getRequest().getSession();
		mvc.perform(post("/profile/password").session(here).with(csrf())
			.param("currentPassword", Fixtures.PASSWORD)
			.param("newPassword", "another long password")
			.param("confirmation", "another long password")).andExpect(redirectedUrl("/profile"));
		mvc.perform(get("/profile").session(here)).andExpect(status().isOk());
		mvc.perform(get("/profile").session(elsewhere)).andExpect(status().is3xxRedirection());
	}

	@Test
	void keepsWhatTheAdministratorTypedWhenTheFormIsInvalid() throws Exception {
		String page = mvc.perform(post("/admin/accounts").with(csrf())
			.with(authentication(Fixtures.authentication(fixtures.admin())))
			.param("username", "valid-name-" + UUID.randomUUID().toString().substring(0, 4))
			.param("displayName", "Someone")
			.param("role", "PARTICIPANT"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("A participant needs a participant group").contains("value=\"Someone\"");
	}

	@Test
	void hidesAdministrationFromEveryoneElse() throws Exception {
		for (Viewer viewer : new Viewer[] { fixtures.coChair(Institution.EU), fixtures.participant("GE"),
				fixtures.secretariat() }) {
			mvc.perform(get("/admin/accounts").with(authentication(Fixtures.authentication(viewer))))
				.andExpect(status().isNotFound());
		}
		mvc.perform(get("/admin/accounts")).andExpect(status().isNotFound());
		mvc.perform(get("/profile")).andExpect(status().is3xxRedirection());
	}

	@Test
	void changesOwnPasswordOnlyWithTheCurrentOne() throws Exception {
		String username = fixtures.account(Role.PARTICIPANT, null, "US");
		MockHttpSession session = (MockHttpSession) login(username, Fixtures.PASSWORD).getRequest().getSession();
		mvc.perform(post("/profile/password").session(session).with(csrf())
			.param("currentPassword", "not the password")
			.param("newPassword", "a much longer new password")
			.param("confirmation", "a much longer new password")).andExpect(status().isOk());
		assertThat(login(username, "a much longer new password").getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		session = (MockHttpSession) login(username, Fixtures.PASSWORD).getRequest().getSession();
		mvc.perform(post("/profile/password").session(session).with(csrf())
			.param("currentPassword", Fixtures.PASSWORD)
			.param("newPassword", "a much longer new password")
			.param("confirmation", "a much longer new password")).andExpect(redirectedUrl("/profile"));
		assertThat(login(username, "a much longer new password").getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void issuesTokenForBasicCredentialsAndAcceptsItAsBearerUntilRevoked() throws Exception {
		String username = fixtures.account(Role.PARTICIPANT, null, "AB");
		String body = mvc.perform(post("/api/v1/tokens").with(httpBasic(username, Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"script\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String secret = body.replaceAll(".*\"secret\":\"([^\"]+)\".*", "$1");
		String id = body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = :s").param("s", secret)
			.query(Long.class).single()).as("stored hashed, never in clear").isZero();

		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.role").value("PARTICIPANT"));
		mvc.perform(get("/api/v1/me").with(httpBasic(username, Fixtures.PASSWORD))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer mdt_forged"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").exists());

		mvc.perform(delete("/api/v1/tokens/{id}", id).header("Authorization", "Bearer " + secret))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isUnauthorized());
	}

	@Test
	void refusesTokenIssuingForWrongPassword() throws Exception {
		String username = fixtures.account(Role.SECRETARIAT, null, null);
		mvc.perform(post("/api/v1/tokens").with(httpBasic(username, "wrong"))).andExpect(status().isUnauthorized());
	}

	@Test
	void refusesTokensOfDisabledAccounts() throws Exception {
		String username = fixtures.account(Role.PARTICIPANT, null, "RU");
		AccountView account = accounts.list(fixtures.admin()).stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
		IssuedToken token = apiTokens.issue(new Viewer(account.id(), username, Role.PARTICIPANT, null, account.groupId()), "t");
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret())).andExpect(status().isOk());
		accounts.disable(fixtures.admin(), account.id());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret())).andExpect(status().isUnauthorized());
	}
}
