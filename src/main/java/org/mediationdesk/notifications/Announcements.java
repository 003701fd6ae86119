package org.mediationdesk.notifications;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import org.mediationdesk.confidentiality.AccessPolicy;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.AccountManagement;
import org.mediationdesk.identity.Recipient;
import org.mediationdesk.shared.PublicAddress;
import org.mediationdesk.shared.SingleLine;
import org.springframework.stereotype.Component;

/**
 * Tells the accounts who should know of something: the one way a listener creates notifications. For each enabled
 * account it asks the access policy for the audience of what happened, skips whoever caused it, asks the
 * listener's own test (which calls the owning module's facade as that account), stores the notification and, for
 * those who asked for it, queues the e-mail in the same transaction. A notification already made for the same
 * event (the announcement delivered again) is not made again, and its e-mail is not queued again.
 */
@Component
class Announcements {

	private final AccountManagement accounts;
	private final AccessPolicy policy;
	private final NotificationStore store;
	private final MailOutbox outbox;
	private final Rendering rendering;
	private final PublicAddress address;
	private final Clock clock;

	Announcements(AccountManagement accounts, AccessPolicy policy, NotificationStore store, MailOutbox outbox,
			Rendering rendering, PublicAddress address, Clock clock) {
		this.accounts = accounts;
		this.policy = policy;
		this.store = store;
		this.outbox = outbox;
		this.rendering = rendering;
		this.address = address;
		this.clock = clock;
	}

	/**
	 * Notifies everyone who may see {@code audience}, did not cause the announced event and passes {@code who}, with
	 * the message {@code key} and the arguments made for each recipient (in their language, if they depend on it).
	 *
	 * @return how many were told now (not counting those told at an earlier delivery of the same announcement)
	 */
	int tell(Announcement<?> announcement, Audience audience, String key, String link, Predicate<Recipient> who,
			Function<Recipient, List<String>> arguments) {
		return tellOnce(announcement, announcement.id(), audience, key, link, who, arguments);
	}

	/**
	 * As {@link #tell}, but each account is told at most once under {@code once} and the message's key, whichever
	 * event tells it: the hotline tells each addressee once per activation (the key made from the activation), by
	 * the unique key of the notifications (event, account, message).
	 */
	int tellOnce(Announcement<?> announcement, UUID once, Audience audience, String key, String link,
			Predicate<Recipient> who, Function<Recipient, List<String>> arguments) {
		String actor = announcement.event().actor();
		int told = 0;
		for (Recipient recipient : accounts.recipients()) {
			if (recipient.viewer().username().equals(actor) || !policy.maySee(recipient.viewer(), audience)
					|| !who.test(recipient)) {
				continue;
			}
			Message message = new Message(key, arguments.apply(recipient));
			if (!store.add(once, recipient.viewer().accountId(), message, link, audience, clock.instant())) {
				continue;
			}
			if (recipient.wantsEmail() && outbox.available()) {
				Locale locale = recipient.language().locale();
				String text = rendering.text(message, locale);
				String subject = SingleLine.clean(text).strip();
				String body = rendering.get("notification.mail.body", locale, recipient.displayName(), text,
						address.of(link), address.of("/notifications"), address.of("/profile"));
				outbox.queue(recipient.email(), subject.length() > 300 ? subject.substring(0, 299) + "…" : subject,
						body);
			}
			told++;
		}
		return told;
	}
}
