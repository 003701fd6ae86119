package org.mediationdesk.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} wrong passwords for a username within
 * {@link #WINDOW}, that username cannot log in until the window has passed, even with the right password.
 * A successful login clears the count. Kept in this instance's memory.
 */
@Component
class LoginThrottle {

	static final int MAX_FAILURES = 5;
	static final Duration WINDOW = Duration.ofMinutes(15);

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();
	private final Clock clock;

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	private record Failures(int count, Instant since) {
	}

	boolean isLocked(String username) {
		Failures recorded = failures.get(key(username));
		if (recorded == null) {
			return false;
		}
		if (clock.instant().isAfter(recorded.since().plus(WINDOW))) {
			failures.remove(key(username), recorded);
			return false;
		}
		return recorded.count() >= MAX_FAILURES;
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		Instant now = clock.instant();
		failures.merge(key(event.getAuthentication().getName()), new Failures(1, now),
				(old, one) -> now.isAfter(old.since().plus(WINDOW)) ? one : new Failures(old.count() + 1, old.since()));
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		failures.remove(key(event.getAuthentication().getName()));
	}

	private static String key(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}
}
