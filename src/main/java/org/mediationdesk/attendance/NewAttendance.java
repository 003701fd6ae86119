package org.mediationdesk.attendance;

import java.time.LocalDate;
import java.util.UUID;

/** What the secretariat records with one click: which group, in which meeting, what, when, why. */
public record NewAttendance(UUID sessionId, UUID groupId, AttendanceKind kind, LocalDate occurredOn, String agendaItem,
		String statedReason) {
}
