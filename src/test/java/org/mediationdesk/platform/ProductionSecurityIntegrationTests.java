package org.mediationdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mediationdesk.Fixtures;
import org.mediationdesk.TestDatabase;
import org.mediationdesk.identity.Role;
import org.mediationdesk.shared.Institution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The security settings that production turns on (application-prod.properties), on this run's database:
 * Strict-Transport-Security and Permissions-Policy on every answer, addresses built from the configured public
 * address whatever Host a request names, and the second factor required of administrators and co-chairs.
 */
@ExtendWith(TestDatabase.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
		properties = { "mediationdesk.demo-accounts=false", "mediationdesk.admin-password=admin-password-for-tests",
				"mediationdesk.public-base-url=https://desk.example.org",
				"mediationdesk.security.strict-transport-security=true",
				"mediationdesk.security.require-second-factor=true",
				// as in every in-process test: the test database is gone before the context stops
				"mediationdesk.jobs.audit-checkpoint.enabled=false" })
@ContextConfiguration(initializers = TestDatabase.class)
@AutoConfigureMockMvc
class ProductionSecurityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void sendsStrictTransportSecurityAndPermissionsPolicyOnPagesAndTheApi() throws Exception {
		for (String path : List.of("/", "/login", "/api/v1/rounds")) {
			mvc.perform(get(path))
				.andExpect(header().string("Strict-Transport-Security",
						org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("max-age=31536000"),
								org.hamcrest.Matchers.containsString("includeSubDomains"))))
				.andExpect(header().string("Permissions-Policy", org.hamcrest.Matchers.containsString("camera=()")));
		}
	}

	@Test
	void buildsTheLoginRedirectFromThePublicAddressNotTheHostHeader() throws Exception {
		mvc.perform(get("/profile").header("Host", "evil.example").header("X-Forwarded-Host", "evil.example"))
			.andExpect(redirectedUrl("https://desk.example.org/login"));
		String username = fixtures.account(Role.SECRETARIAT, null, null);
		mvc.perform(post("/login").header("Host", "evil.example").with(csrf())
			.param("username", username).param("password", Fixtures.PASSWORD))
			.andExpect(redirectedUrl("https://desk.example.org/"));
		mvc.perform(post("/login").header("Host", "evil.example").with(csrf())
			.param("username", username).param("password", "wrong password"))
			.andExpect(redirectedUrl("https://desk.example.org/login?error"));
	}

	@Test
	void holdsAdministratorsAndCoChairsAtEnrolmentButNotOthers() throws Exception {
		for (Role role : List.of(Role.ADMIN, Role.CO_CHAIR)) {
			String username = fixtures.account(role, role == Role.CO_CHAIR ? Institution.OSCE : null, null);
			MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").with(csrf())
				.param("username", username).param("password", Fixtures.PASSWORD)).andReturn().getRequest().getSession();
			for (String page : List.of("/", "/documents", "/profile", "/profile/password")) {
				mvc.perform(get(page).session(session))
					.andExpect(redirectedUrl("https://desk.example.org/profile/second-factor"));
			}
			String enrolment = mvc.perform(get("/profile/second-factor").session(session)).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			assertThat(enrolment).contains("id=\"second-factor-required\"").contains("id=\"enrolment-qr\"");
			// no token for the password alone either
			mvc.perform(post("/api/v1/tokens").with(httpBasic(username, Fixtures.PASSWORD)))
				.andExpect(status().isConflict());
		}
		for (Role role : List.of(Role.SECRETARIAT, Role.PARTICIPANT)) {
			String username = fixtures.account(role, null, role == Role.PARTICIPANT ? "AB" : null);
			MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").with(csrf())
				.param("username", username).param("password", Fixtures.PASSWORD)).andReturn().getRequest().getSession();
			mvc.perform(get("/documents").session(session)).andExpect(status().isOk());
		}
	}
}
