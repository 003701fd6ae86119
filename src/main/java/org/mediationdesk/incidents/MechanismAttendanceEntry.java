package org.mediationdesk.incidents;

import java.time.Instant;
import java.util.UUID;

import org.mediationdesk.attendance.AttendanceKind;
import org.mediationdesk.shared.Institution;
import org.springframework.data.annotation.PersistenceCreator;

/**
 * One entry of a mechanism meeting's attendance, as made: a participant group ({@code groupId}) or a facilitating
 * institution ({@code institution}), never both; what happened, when it was recorded and by whom. Part of
 * {@link MechanismMeetingAttendance}.
 */
record MechanismAttendanceEntry(UUID groupId, Institution institution, AttendanceKind kind, Instant recordedAt,
		String recordedBy) {

	@PersistenceCreator
	MechanismAttendanceEntry {
	}
}
