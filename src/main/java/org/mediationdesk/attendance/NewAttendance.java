package org.mediationdesk.attendance;

import java.time.LocalDate;
import java.util.UUID;

import org.mediationdesk.process.Capacity;

/**
 * What the secretariat records with one click: which group, in which meeting, what, when, why, and for a
 * group that takes or retakes its seat, in which capacity (optional).
 */
public record NewAttendance(UUID meetingId, UUID groupId, AttendanceKind kind, LocalDate occurredOn, String agendaItem,
		String statedReason, Capacity capacity) {

	public NewAttendance(UUID meetingId, UUID groupId, AttendanceKind kind, LocalDate occurredOn, String agendaItem,
			String statedReason) {
		this(meetingId, groupId, kind, occurredOn, agendaItem, statedReason, null);
	}
}
