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
 * Slows down guessing without handing anyone a way to lock anyone out, not even behind a shared address (a
 * delegation's NAT, the press at a venue). Failed logins (a wrong password, or a wrong code at the second step) are
 * counted per <em>name tried and client address</em> (the pair), and per name over all addresses; nothing is counted
 * per address alone. After {@value #PAIR_FREE} failures of one pair, that pair waits before its next try, 2 seconds
 * after the first failure beyond them, then 4, 8 … up to {@link #LONGEST} (exponential backoff). So guesses at
 * account X from address A slow only X from A: the owner of X elsewhere, and every other account at A, are not
 * slowed at all.
 *
 * <p>A name that no account has is counted exactly as one that an account has, under its own name: its failures
 * never touch an account's counts (they are counted apart, each made-up name throttled by itself per address), and
 * the answers and their timing are the same whether or not an account has the name, so that the throttle tells
 * nobody which names exist. (A limit per address over made-up names would have to answer them differently from real
 * ones, and so tell which names exist, or slow the real ones behind the same address; there is none.)
 *
 * <p>The cap per name: once a name has had more than {@value #NAME_FREE} failures over all addresses in the last
 * {@link #FORGOTTEN_AFTER} (a storm from many addresses), each address that fails for it waits after every one of its
 * failures (2 s, 4 s …) instead of after the third. An address with no failure of its own for the name is never
 * slowed, so the right password from there goes through at once, storm or not.
 *
 * <p>Nothing waits on the server: a try made too early is refused at once with the time from which the next is
 * taken. A successful login clears its pair (not the name's count over all addresses); a count whose last failure is
 * more than {@link #FORGOTTEN_AFTER} old is forgotten. Kept in the database ({@code login_throttle}: the pair's row
 * under the client address, the name's count under the address {@value #ALL_ADDRESSES}), so that several nodes
 * count together.
 */
@Component
class LoginThrottle {

	static final int PAIR_FREE = 3;
	/** Failures of one name over all addresses before every address that fails for it waits after each failure. */
	static final int NAME_FREE = 100;
	static final Duration LONGEST = Duration.ofMinutes(30);
	static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);
	/** The address of a name's count over all addresses (no client address is '*'). */
	static final String ALL_ADDRESSES = "*";

	private final JdbcClient jdbc;
	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Until when this name may not be tried from this address: its pair's wait, if it has one. */
	@Transactional(readOnly = true)
	public Optional<Instant> waitUntil(String username, String address) {
		Instant now = clock.instant();
		return jdbc.sql("SELECT blocked_until FROM login_throttle WHERE address = :address"
				+ " AND subject = :subject AND blocked_until > :now")
			.param("address", address(address))
			.param("subject", subject(username))
			.param("now", at(now))
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant);
	}

	/**
	 * Counts a failure of this name from this address, and of the name over all addresses; the pair waits once past
	 * its {@value #PAIR_FREE} free failures, or after every failure once the name is over {@value #NAME_FREE}.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String username, String address) {
		Instant now = clock.instant();
		int overAll = count(subject(username), ALL_ADDRESSES, Integer.MAX_VALUE, now);
		count(subject(username), address(address), overAll > NAME_FREE ? 0 : PAIR_FREE, now);
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

	/** How long a pair waits after its n-th failure, when the first {@code free} cost nothing. */
	static Duration delayAfter(int failures, int free) {
		if (failures <= free) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - free, 20);
		Duration delay = Duration.ofSeconds(1L << doublings);
		return delay.compareTo(LONGEST) > 0 ? LONGEST : delay;
	}

	/** Adds a failure to a count and returns it. */
	private int count(String subject, String address, int free, Instant now) {
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
				return count;
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
				return 1;
			}
		}
		return 1;
	}

	private static OffsetDateTime at(Instant moment) {
		return moment.atOffset(ZoneOffset.UTC);
	}

	private static String subject(String username) {
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return name.length() > 100 ? name.substring(0, 100) : name;
	}

	private static String address(String address) {
		String value = address == null || address.isBlank() || ALL_ADDRESSES.equals(address.strip()) ? "unknown"
				: address.strip();
		return value.length() > 64 ? value.substring(0, 64) : value;
	}
}
