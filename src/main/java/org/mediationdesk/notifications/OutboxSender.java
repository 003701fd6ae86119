package org.mediationdesk.notifications;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Delivers the outbox through the configured SMTP server: a periodic job, as every job is one (see "Jobs" in
 * {@code docs/architecture.md}), whose switch and interval are {@code mediationdesk.jobs.mail-outbox.*} (every 15
 * seconds unless set). Each message is moreover claimed first (see {@link MailOutbox}), so that a message is sent
 * once even if the job's lock lapsed during a long run. Without an SMTP server it does nothing.
 */
@Component
@EnableConfigurationProperties(NotificationsProperties.class)
class OutboxSender {

	/** The job's name: its lock's in the {@code shedlock} table, and its settings'. */
	static final String LOCK = "mail-outbox";

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final MailOutbox outbox;
	private final ObjectProvider<JavaMailSender> sender;
	private final String from;

	OutboxSender(MailOutbox outbox, ObjectProvider<JavaMailSender> sender,
			NotificationsProperties properties) {
		this.outbox = outbox;
		this.sender = sender;
		this.from = properties.from();
	}

	@Scheduled(fixedDelayString = "#{@jobs.interval('" + LOCK + "')}", initialDelayString = "#{@jobs.interval('" + LOCK + "')}")
	@SchedulerLock(name = LOCK)
	public void run() {
		sendDue();
	}

	/** Sends what is due now; returns how many messages went out. */
	int sendDue() {
		JavaMailSender mail = sender.getIfAvailable();
		if (mail == null) {
			return 0;
		}
		int sent = 0;
		for (var id : outbox.due(50)) {
			var claimed = outbox.claim(id);
			if (claimed.isEmpty()) {
				continue;
			}
			var message = claimed.get();
			try {
				MimeMessage mime = mail.createMimeMessage();
				MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
				helper.setFrom(from);
				helper.setTo(message.recipient());
				helper.setSubject(message.subject());
				helper.setText(message.body(), false);
				mail.send(mime);
				outbox.sent(message.id());
				sent++;
			}
			catch (Exception failure) {
				log.warn("E-mail to {} not sent (attempt {}): {}", message.recipient(), message.attempts() + 1,
						failure.getMessage());
				outbox.failed(message, failure.getClass().getSimpleName() + ": " + failure.getMessage());
			}
		}
		return sent;
	}
}
