package org.mediationdesk.notifications;

import java.util.List;

import org.mediationdesk.board.BoardEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** What the meeting board tells, turned into notifications: the participants of the group given the floor. */
@Component
class BoardNotifications {

	private final Announcements announcements;

	BoardNotifications(Announcements announcements) {
		this.announcements = announcements;
	}

	@EventListener
	void on(BoardEvent.FloorGiven event) {
		if (event.groupId() == null) {
			return;
		}
		announcements.tell(event.audience(), "notification.floorGiven", "/rounds/" + event.roundNumber()
				+ "/meetings/" + event.meetingId() + "/board", event.actor(),
				recipient -> recipient.viewer().belongsTo(event.groupId()),
				recipient -> List.of(Integer.toString(event.roundNumber())));
	}
}
