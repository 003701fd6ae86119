package org.mediationdesk.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.mediationdesk.identity.OutgoingMail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mail waiting to go out, one row per message, written in the transaction of what it tells. A row is claimed
 * by a conditional update before it is sent, so that of two senders (two nodes, or a run that overlaps the next)
 * only one sends it; it is marked sent once delivered and never sent again. A claim that was never released (a
 * node stopped while sending) lapses after {@link #CLAIM}, and the message is then sent again: delivery is at
 * least once, and at most once for every row marked sent.
 */
@Component
class MailOutbox implements OutgoingMail {

	static final Duration CLAIM = Duration.ofMinutes(5);
	static final int MAX_ATTEMPTS = 10;

	/** A message to send. */
	record Outgoing(UUID id, String recipient, String subject, String body, int attempts) {
	}

	private final JdbcClient jdbc;
	private final ObjectProvider<JavaMailSender> sender;
	private final Clock clock;

	MailOutbox(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender, Clock clock) {
		this.jdbc = jdbc;
		this.sender = sender;
		this.clock = clock;
	}

	/** E-mail is sent only where an SMTP server is configured ({@code spring.mail.host}). */
	@Override
	public boolean available() {
		return sender.getIfAvailable() != null;
	}

	@Override
	public void queue(String recipient, String subject, String body) {
		if (!available()) {
			return;
		}
		Instant now = clock.instant();
		jdbc.sql("""
				INSERT INTO mail_outbox (id, recipient, subject, body, created_at, attempts, next_attempt_at)
				VALUES (:id, :recipient, :subject, :body, :now, 0, :now)""")
			.param("id", UUID.randomUUID())
			.param("recipient", recipient)
			.param("subject", subject.length() > 300 ? subject.substring(0, 300) : subject)
			.param("body", body.length() > 4000 ? body.substring(0, 4000) : body)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** The messages due now (not sent, not given up, not claimed by a sender), oldest first. */
	List<UUID> due(int limit) {
		Timestamp now = Timestamp.from(clock.instant());
		return jdbc.sql("""
				SELECT id FROM mail_outbox
				WHERE sent_at IS NULL AND given_up_at IS NULL AND next_attempt_at <= :now
				  AND (claimed_until IS NULL OR claimed_until < :now)
				ORDER BY created_at LIMIT :limit""")
			.param("now", now)
			.param("limit", limit)
			.query(UUID.class)
			.list();
	}

	/**
	 * Claims a message for sending: the update succeeds for one sender only, as long as the message is unsent and
	 * unclaimed. Returns the message if this sender has it.
	 */
	Optional<Outgoing> claim(UUID id) {
		Instant now = clock.instant();
		int claimed = jdbc.sql("""
				UPDATE mail_outbox SET claimed_until = :until
				WHERE id = :id AND sent_at IS NULL AND given_up_at IS NULL AND next_attempt_at <= :now
				  AND (claimed_until IS NULL OR claimed_until < :now)""")
			.param("until", Timestamp.from(now.plus(CLAIM)))
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
		if (claimed != 1) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT id, recipient, subject, body, attempts FROM mail_outbox WHERE id = :id")
			.param("id", id)
			.query(Outgoing.class)
			.optional();
	}

	/** Marks a message sent (and forgets its body, which may hold a one-time link). */
	void sent(UUID id) {
		jdbc.sql("""
				UPDATE mail_outbox SET sent_at = :now, body = '', claimed_until = NULL, attempts = attempts + 1,
				    last_error = NULL
				WHERE id = :id AND sent_at IS NULL""")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.update();
	}

	/**
	 * Records a failed attempt: the next one waits twice as long as the one before (from a minute up to six
	 * hours); after {@value #MAX_ATTEMPTS} attempts the message is given up.
	 */
	void failed(Outgoing message, String error) {
		Instant now = clock.instant();
		int attempts = message.attempts() + 1;
		Duration pause = Duration.ofMinutes(1L << Math.min(attempts - 1, 9));
		if (pause.compareTo(Duration.ofHours(6)) > 0) {
			pause = Duration.ofHours(6);
		}
		String reason = error == null ? "" : error;
		boolean givingUp = attempts >= MAX_ATTEMPTS;
		jdbc.sql("UPDATE mail_outbox SET attempts = :attempts, next_attempt_at = :next, claimed_until = NULL,"
				+ " last_error = :error" + (givingUp ? ", given_up_at = :next" : "") + " WHERE id = :id AND sent_at IS NULL")
			.param("attempts", attempts)
			.param("next", Timestamp.from(givingUp ? now : now.plus(pause)))
			.param("error", reason.length() > 300 ? reason.substring(0, 300) : reason)
			.param("id", message.id())
			.update();
	}
}
