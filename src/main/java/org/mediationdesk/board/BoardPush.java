package org.mediationdesk.board;

import org.mediationdesk.attendance.AttendanceCorrected;
import org.mediationdesk.attendance.AttendanceRecorded;
import org.mediationdesk.process.MeetingChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Pushes a meeting's board to its screens after whatever changes it: a change on the board itself, an attendance
 * entry or its correction, a change to the meeting. Each push goes out once the change commits.
 */
@Component
class BoardPush {

	private final MeetingBoards boards;

	BoardPush(MeetingBoards boards) {
		this.boards = boards;
	}

	@EventListener
	void on(BoardEvent event) {
		boards.meetingChanged(event.meetingId());
	}

	@EventListener
	void on(AttendanceRecorded event) {
		boards.meetingChanged(event.meetingId());
	}

	@EventListener
	void on(AttendanceCorrected event) {
		boards.meetingChanged(event.meetingId());
	}

	@EventListener
	void on(MeetingChanged event) {
		boards.meetingChanged(event.meetingId());
	}
}
