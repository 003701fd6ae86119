package org.mediationdesk.notifications;

import java.util.List;

import org.mediationdesk.hotline.EscalationTarget;
import org.mediationdesk.hotline.HotlineEvent.ActivationEscalated;
import org.mediationdesk.identity.Recipient;
import org.springframework.stereotype.Component;

/**
 * What the hotline's escalation tells, in the application and by e-mail: each step its targets (the named
 * supervisors, or the operator's desk when none are named; the co-chairs of the facilitating institutions), and the
 * chain's last step everyone at the desk that nobody answered. Never the message itself: the mechanism, the
 * urgency and the step, with a link to the mechanism's hotline log.
 */
@Component
class HotlineNotifications {

	private final Announcements announcements;

	HotlineNotifications(Announcements announcements) {
		this.announcements = announcements;
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
