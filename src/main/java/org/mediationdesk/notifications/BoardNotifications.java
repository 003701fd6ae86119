package org.mediationdesk.notifications;

import java.util.List;

import org.mediationdesk.board.BoardEvent;
import org.springframework.stereotype.Component;

/** What the meeting board tells, turned into notifications: the participants of the group given the floor. */
@Component
class BoardNotifications {

	private final Announcements announcements;

	BoardNotifications(Announcements announcements) {
		this.announcements = announcements;
	}

	@AfterCommit
	void floorGiven(Announcement<BoardEvent.FloorGiven> announcement) {
		BoardEvent.FloorGiven event = announcement.event();
		if (event.groupId() == null) {
			return;
		}
		announcements.tell(announcement, event.audience(), "notification.floorGiven", "/rounds/" + event.roundNumber()
				+ "/meetings/" + event.meetingId() + "/board",
				recipient -> recipient.viewer().belongsTo(event.groupId()),
				recipient -> List.of(Integer.toString(event.roundNumber())));
	}
}
