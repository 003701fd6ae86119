package org.mediationdesk.notifications;

import java.util.List;

import org.mediationdesk.communique.CommuniqueEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the communiqué module tells, turned into notifications: the co-chairs whose approval an edit withdrew, and
 * everyone logged in when a communiqué is published (it is public from then on).
 */
@Component
class CommuniqueNotifications {

	private final Announcements announcements;

	CommuniqueNotifications(Announcements announcements) {
		this.announcements = announcements;
	}

	/** An edit withdrew every approval: those who had approved are asked to read it again. */
	@EventListener
	void on(CommuniqueEvent.CommuniqueApprovalsWithdrawn event) {
		announcements.tell(event.audience(), "notification.communiqueApprovalsWithdrawn",
				"/rounds/" + event.round() + "/communique", event.actor(),
				recipient -> event.approvers().contains(recipient.viewer().username()),
				recipient -> List.of(Integer.toString(event.round())));
	}

	@EventListener
	void on(CommuniqueEvent.CommuniquePublished event) {
		announcements.tell(event.audience(),
				event.corrects() == null ? "notification.communiquePublished" : "notification.communiqueCorrected",
				event.path(), event.actor(), recipient -> true, recipient -> List.of(Integer.toString(event.round())));
	}
}
