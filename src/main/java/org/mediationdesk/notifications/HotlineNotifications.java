package org.mediationdesk.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.hotline.EscalationTarget;
import org.mediationdesk.hotline.HotlineEvent.ActivationEscalated;
import org.mediationdesk.hotline.HotlineEvent.ActivationRelayed;
import org.mediationdesk.hotline.HotlineEvent.ActivationSent;
import org.mediationdesk.hotline.HotlineLog;
import org.mediationdesk.hotline.Urgency;
import org.mediationdesk.identity.Recipient;
import org.mediationdesk.shared.DateFormats;
import org.mediationdesk.shared.DeskException;
import org.springframework.stereotype.Component;

/**
 * What the hotline tells, in the application and by e-mail, never the subject or the message itself: the
 * mechanism, the urgency, the deadline or the step, with a link to the mechanism's hotline.
 * <ul>
 * <li>A relay (or what the operator sends, relayed as sent): each account of each addressee group, once per
 * activation (the notification's unique key, under a key made from the activation), and only once the hotline lets
 * it read the activation: a message confided to the operator is in no notification before its relay.</li>
 * <li>An escalation: each step its targets (the named supervisors, or the operator's desk when none are named; the
 * co-chairs of the facilitating institutions), and the chain's last step everyone at the desk that nobody
 * answered.</li>
 * </ul>
 */
@Component
class HotlineNotifications {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final Announcements announcements;
	private final HotlineLog log;
	private final DateFormats dates;

	HotlineNotifications(Announcements announcements, HotlineLog log, DateFormats dates) {
		this.announcements = announcements;
		this.log = log;
		this.dates = dates;
	}

	@AfterCommit
	void activationRelayed(Announcement<ActivationRelayed> announcement) {
		ActivationRelayed event = announcement.event();
		relayed(announcement, event.activation(), event.mechanismCode(), event.to(), event.urgency(), event.acknowledgeBy());
	}

	@AfterCommit
	void activationSent(Announcement<ActivationSent> announcement) {
		ActivationSent event = announcement.event();
		if (event.to() != null && !event.to().isEmpty()) {
			relayed(announcement, event.activation(), event.mechanismCode(), event.to(), event.urgency(),
					event.acknowledgeBy());
		}
	}

	/** The key under which each addressee's account is told of an activation once. */
	static UUID relayKey(UUID activation) {
		return UUID.nameUUIDFromBytes(("hotline-relay:" + activation).getBytes(StandardCharsets.UTF_8));
	}

	private void relayed(Announcement<?> announcement, UUID activation, String mechanism, List<UUID> to,
			Urgency urgency, Instant acknowledgeBy) {
		for (UUID group : to) {
			announcements.tellOnce(announcement, relayKey(activation), Audience.groupAndCoChairs(group),
					"notification.hotlineRelayed", "/mechanisms/" + mechanism + "/hotline#activation-" + activation,
					recipient -> recipient.viewer().belongsTo(group) && reads(recipient, activation),
					recipient -> List.of(mechanism, urgency.name(), dates.day(acknowledgeBy, recipient.language()) + ", "
							+ TIME.format(acknowledgeBy.atZone(ZoneOffset.UTC)) + " UTC"));
		}
	}

	private boolean reads(Recipient recipient, UUID activation) {
		try {
			log.activation(recipient.viewer(), activation);
			return true;
		}
		catch (DeskException.NotFound hidden) {
			return false;
		}
	}

	@AfterCommit
	void activationEscalated(Announcement<ActivationEscalated> announcement) {
		ActivationEscalated event = announcement.event();
		boolean last = event.target() == EscalationTarget.NOBODY_ANSWERED;
		announcements.tell(announcement, event.audience(),
				last ? "notification.hotlineNobodyAnswered" : "notification.hotlineEscalated",
				"/mechanisms/" + event.mechanismCode() + "/hotline", recipient -> targeted(event, recipient),
				recipient -> List.of(event.mechanismCode(), event.urgency().name(), Integer.toString(event.step())));
	}

	private static boolean targeted(ActivationEscalated event, Recipient recipient) {
		return switch (event.target()) {
			case SUPERVISORS -> event.accounts().isEmpty() ? recipient.viewer().isMediator()
					: event.accounts().contains(recipient.viewer().username());
			case FACILITATORS -> recipient.viewer().isMediator()
					&& event.facilitators().contains(recipient.viewer().institution());
			case NOBODY_ANSWERED -> recipient.viewer().isMediator();
		};
	}
}
