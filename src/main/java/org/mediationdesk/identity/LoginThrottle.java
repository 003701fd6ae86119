package org.mediationdesk.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down guessing without handing anyone a way to lock the owner out. Failed logins (a wrong password,
 * or a wrong code at the second step) are counted per account <em>and client address</em>, and per address
 * alone. After {@value #PAIR_FREE} failures of one pair, that pair waits before its next try, 2 seconds
 * after the first failure beyond them, then 4, 8 … up to {@link #LONGEST} (exponential backoff); an address
 * gets {@value #ADDRESS_FREE} failures over all accounts before it waits in the same way, against guessing one
 * password for many accounts. The owner logging in from another address is not slowed at all; an attacker
 * only slows themselves. Nothing waits on the server: a try made too early is refused at once with the time
 * from which the next is taken. A successful login clears its pair (not its address); a count whose last
 * failure is more than {@link #FORGOTTEN_AFTER} old is forgotten.
 *
 * <p>Kept in the database ({@code login_throttle}), so that several nodes count together.
 */
@Component
class LoginThrottle {

	static final int PAIR_FREE = 3;
	static final int ADDRESS_FREE = 50;
	static final Duration LONGEST = Duration.ofMinutes(30);
	static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);
	/** The subject of an address's own count: no username is '*'. */
	static final String ANY_ACCOUNT = "*";

	private final JdbcClient jdbc;
	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Until when this account may not be tried from this address (the later of its pair's and the address's). */
	@Transactional(readOnly = true)
	public Optional<Instant> waitUntil(String username, String address) {
		Instant now = clock.instant();
		return jdbc.sql("SELECT blocked_until FROM login_throttle WHERE address = :address"
				+ " AND subject IN (:subject, :any) AND blocked_until > :now ORDER BY blocked_until DESC")
			.param("address", address(address))
			.param("subject", subject(username))
			.param("any", ANY_ACCOUNT)
			.param("now", at(now))
			.query(OffsetDateTime.class)
			.list()
			.stream()
			.findFirst()
			.map(OffsetDateTime::toInstant);
	}

	/** Counts a failure of this account from this address, and of the address. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String username, String address) {
		Instant now = clock.instant();
		count(subject(username), address(address), PAIR_FREE, now);
		count(ANY_ACCOUNT, address(address), ADDRESS_FREE, now);
		jdbc.sql("DELETE FROM login_throttle WHERE last_failure_at < :old")
			.param("old", at(now.minus(FORGOTTEN_AFTER)))
			.update();
	}

	/** A login of this account from this address succeeded: its pair starts again from nothing. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String username, String address) {
		jdbc.sql("DELETE FROM login_throttle WHERE subject = :subject AND address = :address")
			.param("subject", subject(username))
			.param("address", address(address))
			.update();
	}

	/** How long a pair or address waits after its n-th failure, when the first {@code free} cost nothing. */
	static Duration delayAfter(int failures, int free) {
		if (failures <= free) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - free, 20);
		Duration delay = Duration.ofSeconds(1L << doublings);
		return delay.compareTo(LONGEST) > 0 ? LONGEST : delay;
	}

	private void count(String subject, String address, int free, Instant now) {
		Instant moment = now.truncatedTo(ChronoUnit.MICROS);
		for (int attempt = 0; attempt < 3; attempt++) {
			Integer failures = jdbc.sql("SELECT failures FROM login_throttle WHERE subject = :subject AND address = :address"
					+ " AND last_failure_at >= :recent FOR UPDATE")
				.param("subject", subject)
				.param("address", address)
				.param("recent", at(now.minus(FORGOTTEN_AFTER)))
				.query(Integer.class)
				.optional()
				.orElse(null);
			if (failures != null) {
				int count = failures + 1;
				jdbc.sql("UPDATE login_throttle SET failures = :count, last_failure_at = :now, blocked_until = :until"
						+ " WHERE subject = :subject AND address = :address")
					.param("count", count)
					.param("now", at(moment))
					.param("until", at(moment.plus(delayAfter(count, free))))
					.param("subject", subject)
					.param("address", address)
					.update();
				return;
			}
			jdbc.sql("DELETE FROM login_throttle WHERE subject = :subject AND address = :address")
				.param("subject", subject)
				.param("address", address)
				.update();
			// H2 (PostgreSQL mode) and PostgreSQL both skip a row that another request inserted meanwhile
			int inserted = jdbc.sql("INSERT INTO login_throttle (subject, address, failures, last_failure_at, blocked_until)"
					+ " VALUES (:subject, :address, 1, :now, :until) ON CONFLICT DO NOTHING")
				.param("subject", subject)
				.param("address", address)
				.param("now", at(moment))
				.param("until", at(moment.plus(delayAfter(1, free))))
				.update();
			if (inserted == 1) {
				return;
			}
		}
	}

	private static OffsetDateTime at(Instant moment) {
		return moment.atOffset(ZoneOffset.UTC);
	}

	private static String subject(String username) {
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return name.length() > 100 ? name.substring(0, 100) : name;
	}

	private static String address(String address) {
		String value = address == null || address.isBlank() ? "unknown" : address.strip();
		return value.length() > 64 ? value.substring(0, 64) : value;
	}
}
