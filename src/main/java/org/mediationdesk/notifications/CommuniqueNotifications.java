package org.mediationdesk.notifications;

import java.util.List;

import org.mediationdesk.communique.CommuniqueEvent;
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
	@AfterCommit
	void approvalsWithdrawn(Announcement<CommuniqueEvent.CommuniqueApprovalsWithdrawn> announcement) {
		CommuniqueEvent.CommuniqueApprovalsWithdrawn event = announcement.event();
		announcements.tell(announcement, event.audience(), "notification.communiqueApprovalsWithdrawn",
				"/rounds/" + event.roundNumber() + "/communique",
				recipient -> event.approvers().contains(recipient.viewer().username()),
				recipient -> List.of(Integer.toString(event.roundNumber())));
	}

	@AfterCommit
	void published(Announcement<CommuniqueEvent.CommuniquePublished> announcement) {
		CommuniqueEvent.CommuniquePublished event = announcement.event();
		announcements.tell(announcement, event.audience(),
				event.corrects() == null ? "notification.communiquePublished" : "notification.communiqueCorrected",
				event.path(), recipient -> true, recipient -> List.of(Integer.toString(event.roundNumber())));
	}
}
