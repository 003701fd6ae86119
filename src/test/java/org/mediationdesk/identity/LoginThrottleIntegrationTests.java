package org.mediationdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Failed logins slow down the pair of account and address they came from (and, far later, the address), never
 * the account's owner elsewhere; nothing waits on the server. Time is moved by a clock of the test's own, so
 * no test waits either.
 */
@IntegrationTest
class LoginThrottleIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	/** A clock the test moves by hand. */
	static final class MovingClock extends Clock {

		private Instant now = Instant.parse("2026-12-01T09:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}
	}

	private static String address() {
		return "198.51.100." + (1 + (int) (Math.random() * 250)) + "-" + UUID.randomUUID().toString().substring(0, 6);
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private MvcResult login(String username, String password, String address) throws Exception {
		return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
			.with(from(address))).andReturn();
	}

	private long audited(String username, String detail) {
		return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'login.failed' AND actor = :u AND detail = :d")
			.param("u", username)
			.param("d", detail)
			.query(Long.class)
			.single();
	}

	@Test
	void delaysGrowWithEachFurtherFailureOfAnAccountFromOneAddress() {
		MovingClock clock = new MovingClock();
		LoginThrottle throttle = new LoginThrottle(jdbc, clock);
		String username = "growing-" + UUID.randomUUID();
		String address = address();
		for (int failure = 1; failure <= LoginThrottle.PAIR_FREE; failure++) {
			throttle.failed(username, address);
			assertThat(throttle.waitUntil(username, address)).as("free failure %d", failure).isEmpty();
		}
		Duration previous = Duration.ZERO;
		for (int failure = LoginThrottle.PAIR_FREE + 1; failure <= LoginThrottle.PAIR_FREE + 6; failure++) {
			throttle.failed(username, address);
			Instant until = throttle.waitUntil(username, address).orElseThrow();
			Duration delay = Duration.between(clock.instant(), until);
			assertThat(delay).as("delay after failure %d", failure).isGreaterThan(previous);
			previous = delay;
			clock.advance(delay.minusMillis(1));
			assertThat(throttle.waitUntil(username, address)).as("just before the wait is over").isPresent();
			clock.advance(Duration.ofMillis(1));
			assertThat(throttle.waitUntil(username, address)).as("once the wait is over").isEmpty();
		}
		assertThat(previous).isEqualTo(Duration.ofSeconds(64));
		assertThat(throttle.waitUntil(username, address())).as("the same account from elsewhere").isEmpty();

		throttle.succeeded(username, address);
		throttle.failed(username, address);
		assertThat(throttle.waitUntil(username, address)).as("a success starts the pair again").isEmpty();
	}

	@Test
	void capsTheDelayAndForgetsOldFailures() {
		assertThat(LoginThrottle.delayAfter(LoginThrottle.PAIR_FREE, LoginThrottle.PAIR_FREE)).isZero();
		assertThat(LoginThrottle.delayAfter(LoginThrottle.PAIR_FREE + 1, LoginThrottle.PAIR_FREE)).hasSeconds(2);
		assertThat(LoginThrottle.delayAfter(1000, LoginThrottle.PAIR_FREE)).isEqualTo(LoginThrottle.LONGEST);

		MovingClock clock = new MovingClock();
		LoginThrottle throttle = new LoginThrottle(jdbc, clock);
		String username = "forgotten-" + UUID.randomUUID();
		String address = address();
		for (int failure = 0; failure < 20; failure++) {
			throttle.failed(username, address);
		}
		assertThat(throttle.waitUntil(username, address)).isPresent();
		clock.advance(LoginThrottle.FORGOTTEN_AFTER.plusSeconds(1));
		throttle.failed(username, address);
		assertThat(throttle.waitUntil(username, address)).as("counted from one again").isEmpty();
	}

	@Test
	void slowsAnAddressThatGuessesForManyAccounts() {
		MovingClock clock = new MovingClock();
		LoginThrottle throttle = new LoginThrottle(jdbc, clock);
		String address = address();
		for (int account = 0; account < LoginThrottle.ADDRESS_FREE; account++) {
			throttle.failed("spray-" + account + "-" + UUID.randomUUID(), address);
		}
		String victim = "victim-" + UUID.randomUUID();
		assertThat(throttle.waitUntil(victim, address)).isEmpty();
		throttle.failed("spray-last-" + UUID.randomUUID(), address);
		assertThat(throttle.waitUntil(victim, address)).as("any account from that address").isPresent();
		assertThat(throttle.waitUntil(victim, address())).as("the same account from elsewhere").isEmpty();
	}

	@Test
	void letsTheOwnerLogInFromElsewhereWhileAnAttackerIsSlowedAndAuditsBoth() throws Exception {
		String username = fixtures.account(Role.ADMIN, null, null);
		String attacker = address();
		String owner = address();
		for (int guess = 0; guess <= LoginThrottle.PAIR_FREE; guess++) {
			assertThat(login(username, "guess " + guess, attacker).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		}
		// one more failure counted ten minutes ahead, so that the wait outlasts this test however slowly it runs
		new LoginThrottle(jdbc, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10))).failed(username, attacker);
		// the attacker now waits, even with the right password, and is told until when
		MvcResult refused = login(username, Fixtures.PASSWORD, attacker);
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		String page = mvc.perform(get("/login?error").session((MockHttpSession) refused.getRequest().getSession()))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"login-delayed\"").contains("(UTC)").doesNotContain("id=\"login-error\"");
		mvc.perform(post("/api/v1/tokens").with(httpBasic(username, Fixtures.PASSWORD)).with(from(attacker)))
			.andExpect(result -> {
				assertThat(result.getResponse().getStatus()).isEqualTo(429);
				assertThat(Long.parseLong(result.getResponse().getHeader("Retry-After"))).isPositive();
				assertThat(result.getResponse().getContentAsString()).contains("Try again after");
			});

		// the owner, from elsewhere, is not slowed at all
		assertThat(login(username, Fixtures.PASSWORD, owner).getResponse().getRedirectedUrl()).isEqualTo("/");

		assertThat(audited(username, "BadCredentialsException")).isEqualTo(LoginThrottle.PAIR_FREE + 1);
		assertThat(audited(username, "LoginDelayedException")).isEqualTo(2);
	}
}
