package org.mediationdesk.attendance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.mediationdesk.process.Capacity;

/**
 * What the secretariat records with one click: which group, in which meeting, what, why, and for a group that
 * takes or retakes its seat, in which capacity (optional). An entry is taken on the meeting's day, at the time
 * it is made. An entry made later (after the meeting's day, or for an earlier moment of it) is a <em>later
 * record</em>: it gives the time of day it describes ({@code occurredAt}) and why it is recorded later
 * ({@code laterReason}).
 *
 * @param occurredOn the day, which can only be the meeting's (where the meeting has one); {@code null}: the
 * meeting's day
 */
public record NewAttendance(UUID meetingId, UUID groupId, AttendanceKind kind, LocalDate occurredOn, String agendaItem,
		String statedReason, Capacity capacity, LocalTime occurredAt, String laterReason) {

	public NewAttendance(UUID meetingId, UUID groupId, AttendanceKind kind, LocalDate occurredOn, String agendaItem,
			String statedReason, Capacity capacity) {
		this(meetingId, groupId, kind, occurredOn, agendaItem, statedReason, capacity, null, null);
	}

	public NewAttendance(UUID meetingId, UUID groupId, AttendanceKind kind, LocalDate occurredOn, String agendaItem,
			String statedReason) {
		this(meetingId, groupId, kind, occurredOn, agendaItem, statedReason, null, null, null);
	}
}
