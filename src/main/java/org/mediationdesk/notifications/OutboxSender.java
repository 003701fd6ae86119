package org.mediationdesk.notifications;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jakarta.mail.internet.MimeMessage;

/**
 * Delivers the outbox through the configured SMTP server, on a schedule
 * ({@code mediationdesk.mail.send-interval}, every 15 seconds by default). Each message is claimed first (see
 * {@link MailOutbox}), so that the job may run on several nodes at once. Without an SMTP server it does nothing.
 */
@Component
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final MailOutbox outbox;
	private final ObjectProvider<JavaMailSender> sender;
	private final String from;

	OutboxSender(MailOutbox outbox, ObjectProvider<JavaMailSender> sender,
			@Value("${mediationdesk.mail.from:mediation-desk@localhost}") String from) {
		this.outbox = outbox;
		this.sender = sender;
		this.from = from;
	}

	@Scheduled(fixedDelayString = "${mediationdesk.mail.send-interval:PT15S}",
			initialDelayString = "${mediationdesk.mail.send-interval:PT15S}")
	void run() {
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
