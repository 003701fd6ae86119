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
 * Failed logins slow down the pair of name and address they came from, never the account's owner elsewhere nor
 * another account at the same address; nothing waits on the server. Time is moved by a clock of the test's own, so
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
	void madeUpNamesFromOneAddressSlowOnlyThemselvesNeverAnAccountThere() {
		MovingClock clock = new MovingClock();
		LoginThrottle throttle = new LoginThrottle(jdbc, clock);
		String office = address();
		String madeUp = "made-up-" + UUID.randomUUID();
		for (int guess = 0; guess < 200; guess++) {
			throttle.failed(guess % 2 == 0 ? madeUp : "made-up-" + guess + "-" + UUID.randomUUID(), office);
		}
		assertThat(throttle.waitUntil(madeUp, office)).as("a made-up name tried again and again").isPresent();
		assertThat(throttle.waitUntil("someone-" + UUID.randomUUID(), office))
			.as("any other name from the same address").isEmpty();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM login_throttle WHERE address = :a AND subject = :s")
			.param("a", office)
			.param("s", "*")
			.query(Long.class)
			.single()).as("nothing is counted for the address alone").isZero();
	}

	@Test
	void aStormOnOneAccountFromManyAddressesSlowsEachAddressThatFailsButNeverOneThatDidNot() {
		MovingClock clock = new MovingClock();
		LoginThrottle throttle = new LoginThrottle(jdbc, clock);
		String username = "stormed-" + UUID.randomUUID();
		String early = address();
		throttle.failed(username, early);
		assertThat(throttle.waitUntil(username, early)).as("one failure before the storm is free").isEmpty();
		for (int guess = 0; guess < LoginThrottle.NAME_FREE; guess++) {
			throttle.failed(username, address());
		}
		String owner = address();
		assertThat(throttle.waitUntil(username, owner)).as("the owner at an address without failures").isEmpty();
		throttle.failed(username, owner);
		Instant until = throttle.waitUntil(username, owner).orElseThrow();
		assertThat(Duration.between(clock.instant(), until)).as("during the storm, a failure waits at once")
			.isEqualTo(Duration.ofSeconds(2));
		clock.advance(Duration.ofSeconds(2));
		assertThat(throttle.waitUntil(username, owner)).as("and only as long as its own count says").isEmpty();
		throttle.succeeded(username, owner);
		assertThat(throttle.waitUntil(username, owner)).isEmpty();
		clock.advance(LoginThrottle.FORGOTTEN_AFTER.plusSeconds(1));
		String later = address();
		throttle.failed(username, later);
		assertThat(throttle.waitUntil(username, later)).as("the storm is forgotten a day later").isEmpty();
	}

	/**
	 * The promise of the README: whatever others do, nobody is locked out. Made-up names and wrong passwords for X
	 * from address A, and a storm on X from everywhere else: the owner of X logs in from B at once, and another
	 * account logs in from A at once.
	 */
	@Test
	void nobodyCanLockAnyoneOut() throws Exception {
		String x = fixtures.account(Role.ADMIN, null, null);
		String y = fixtures.account(Role.ADMIN, null, null);
		String office = address();
		LoginThrottle throttle = new LoginThrottle(jdbc, Clock.systemUTC());
		for (int guess = 0; guess < 120; guess++) {
			throttle.failed("nobody-" + guess + "-" + UUID.randomUUID(), office);
		}
		for (int guess = 0; guess < LoginThrottle.NAME_FREE + 20; guess++) {
			throttle.failed(x, address());
		}
		for (int guess = 0; guess < 3; guess++) {
			assertThat(login("nobody-" + UUID.randomUUID(), "guess", office).getResponse().getRedirectedUrl())
				.isEqualTo("/login?error");
			assertThat(login(x, "guess " + guess, office).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		}
		assertThat(throttle.waitUntil(x, office)).as("the guesser at X from A waits").isPresent();

		assertThat(login(x, Fixtures.PASSWORD, address()).getResponse().getRedirectedUrl())
			.as("the owner of X from elsewhere, at once").isEqualTo("/");
		assertThat(login(y, Fixtures.PASSWORD, office).getResponse().getRedirectedUrl())
			.as("another account from the guessers' address, at once").isEqualTo("/");
	}

	/** Whether an account has the name or not, the same tries get the same answers, in the same order. */
	@Test
	void answersTheSameForANameNoAccountHasAsForOneThatHasIt() throws Exception {
		String known = fixtures.account(Role.ADMIN, null, null);
		String unknown = "nobody-" + UUID.randomUUID();
		String knownFrom = address();
		String unknownFrom = address();
		for (int attempt = 1; attempt <= LoginThrottle.PAIR_FREE + 2; attempt++) {
			String forKnown = answer(login(known, "wrong " + attempt, knownFrom));
			String forUnknown = answer(login(unknown, "wrong " + attempt, unknownFrom));
			assertThat(forUnknown).as("attempt %d", attempt).isEqualTo(forKnown);
		}
		assertThat(answer(login(known, "wrong", knownFrom))).isEqualTo("login-delayed");
	}

	/**
	 * A client on a private address that is not a configured proxy (none is, by default) cannot choose its own
	 * throttle address by sending X-Forwarded-For: its failures count for its own address.
	 */
	@Test
	void aClientCannotChooseItsThrottleAddressThroughForwardedFor() throws Exception {
		String username = fixtures.account(Role.ADMIN, null, null);
		String client = "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "." + (1 + (int) (Math.random() * 250));
		for (int guess = 0; guess <= LoginThrottle.PAIR_FREE; guess++) {
			String spoofed = "203.0.113." + (guess + 1);
			mvc.perform(post("/login").param("username", username).param("password", "guess " + guess).with(csrf())
				.with(from(client)).header("X-Forwarded-For", spoofed)).andReturn();
		}
		assertThat(jdbc.sql("SELECT address FROM login_throttle WHERE subject = :s AND address <> '*'")
			.param("s", username)
			.query(String.class)
			.list()).containsExactly(client);
		MvcResult refused = mvc.perform(post("/login").param("username", username).param("password", Fixtures.PASSWORD)
			.with(csrf()).with(from(client)).header("X-Forwarded-For", "203.0.113.200")).andReturn();
		assertThat(answer(refused)).isEqualTo("login-delayed");
	}

	/** Which message the login page shows after a refused try: wrong, or wait. */
	private String answer(MvcResult refused) throws Exception {
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		String page = mvc.perform(get("/login?error").session((MockHttpSession) refused.getRequest().getSession()))
			.andReturn().getResponse().getContentAsString();
		boolean delayed = page.contains("id=\"login-delayed\"");
		boolean wrong = page.contains("id=\"login-error\"");
		assertThat(delayed ^ wrong).as("exactly one of the two messages").isTrue();
		return delayed ? "login-delayed" : "login-error";
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
