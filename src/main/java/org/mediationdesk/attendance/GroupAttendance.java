package org.mediationdesk.attendance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.mediationdesk.process.Capacity;
import org.springframework.data.annotation.PersistenceCreator;

/**
 * Where a participant group stands in a meeting: its last event as recorded (whatever day was given for it),
 * that day and time of day, and the capacity it last took its seat in. Part of {@link MeetingAttendance}.
 *
 * @param lastOn the day of the last event, {@code null} where the record does not know it
 * @param lastAt the time of day of the last event, {@code null} where the record does not know it
 * @param capacity the capacity of the group's last seat with one, {@code null} if none was recorded
 */
record GroupAttendance(UUID groupId, AttendanceKind kind, LocalDate lastOn, Capacity capacity, LocalTime lastAt) {

	@PersistenceCreator
	GroupAttendance {
	}

	GroupAttendance(UUID groupId, AttendanceKind kind, LocalDate lastOn, Capacity capacity) {
		this(groupId, kind, lastOn, capacity, null);
	}

	/** Whether the group sits in the meeting now: present, or back after walking out. */
	boolean seated() {
		return kind.seats();
	}

	/** The state after the next event: a capacity is kept until another is given. */
	GroupAttendance then(AttendanceKind next, LocalDate on, Capacity taken) {
		return then(next, on, null, taken);
	}

	GroupAttendance then(AttendanceKind next, LocalDate on, LocalTime at, Capacity taken) {
		return new GroupAttendance(groupId, next, on, taken != null ? taken : capacity, at);
	}
}
