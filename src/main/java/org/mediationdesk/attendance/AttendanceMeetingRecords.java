package org.mediationdesk.attendance;

import java.util.UUID;

import org.mediationdesk.process.MeetingRecords;
import org.springframework.stereotype.Component;

/** A meeting with attendance recorded in it is not removed: its record would lose its place. */
@Component
class AttendanceMeetingRecords implements MeetingRecords {

	private final AttendanceRecord attendance;

	AttendanceMeetingRecords(AttendanceRecord attendance) {
		this.attendance = attendance;
	}

	@Override
	public boolean recordsSomethingIn(UUID meetingId) {
		return attendance.recordsSomethingIn(meetingId);
	}
}
