package org.mediationdesk.notifications;

import java.util.List;

import org.mediationdesk.process.RoundPostponed;
import org.springframework.stereotype.Component;

/** What the process module tells of rounds (all public), turned into notifications for everyone logged in. */
@Component
class RoundNotifications {

	private final Announcements announcements;

	RoundNotifications(Announcements announcements) {
		this.announcements = announcements;
	}

	@AfterCommit
	void postponed(Announcement<RoundPostponed> announcement) {
		RoundPostponed event = announcement.event();
		boolean dated = event.newStart() != null;
		announcements.tell(announcement, event.audience(),
				dated ? "notification.roundPostponed" : "notification.roundPostponedUndated", "/rounds/" + event.number(),
				recipient -> true,
				recipient -> dated ? List.of(Integer.toString(event.number()), Message.date(event.newStart()))
						: List.of(Integer.toString(event.number())));
	}
}
