package org.mediationdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Behind a trusted proxy, the login throttle counts the client the proxy vouches for (the right-most untrusted
 * address of X-Forwarded-For), not the proxy and not what the client wrote into the header itself: a guesser behind
 * the proxy waits, another client behind the same proxy logs in at once.
 */
@IntegrationTest
class ForwardedClientIntegrationTests {

	private static final String PROXY = "10.20.0.1";

	@Autowired
	WebApplicationContext context;

	@Autowired
	Fixtures fixtures;

	/** The application as it runs with {@code mediationdesk.security.trusted-proxies=10.20.0.0/16}. */
	private MockMvc behindTheProxy() {
		return MockMvcBuilders.webAppContextSetup(context)
			.addFilters(new ForwardedClientFilter(TrustedProxies.of(List.of("10.20.0.0/16"))))
			.apply(springSecurity())
			.build();
	}

	private static String client() {
		return "198.51.100." + (1 + (int) (Math.random() * 250));
	}

	private String login(MockMvc mvc, String username, String password, String forwardedFor) throws Exception {
		return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
			.with(request -> {
				request.setRemoteAddr(PROXY);
				return request;
			})
			.header("X-Forwarded-For", forwardedFor)).andReturn().getResponse().getRedirectedUrl();
	}

	@Test
	void throttlesTheClientTheProxyVouchesForAndNoOtherBehindIt() throws Exception {
		MockMvc mvc = behindTheProxy();
		String username = fixtures.account(Role.ADMIN, null, null);
		String guesser = client();
		String other = "203.0.113." + (1 + (int) (Math.random() * 250));
		for (int guess = 0; guess <= 3; guess++) {
			// whatever the guesser writes itself stands left of what the proxy appended
			String forged = "192.0.2." + guess + ", " + UUID.randomUUID().toString().substring(0, 4);
			assertThat(login(mvc, username, "guess " + guess, forged + ", " + guesser)).isEqualTo("/login?error");
		}
		assertThat(login(mvc, username, Fixtures.PASSWORD, "192.0.2.99, " + guesser))
			.as("the guesser waits, even with the right password").isEqualTo("/login?error");
		assertThat(login(mvc, username, Fixtures.PASSWORD, guesser + ", " + other))
			.as("another client behind the same proxy, even one naming the guesser").isEqualTo("/");
	}
}
