package org.mediationdesk.attendance;

import java.time.LocalTime;
import java.util.UUID;

import org.mediationdesk.process.Capacity;

/**
 * A correction of a mistaken attendance entry: the corrected values and why. A value left {@code null} stays as
 * the entry had it; an empty agenda item or stated reason clears it. The day stays the entry's.
 */
public record AttendanceCorrection(UUID groupId, AttendanceKind kind, LocalTime occurredAt, String agendaItem,
		String statedReason, Capacity capacity, String reason) {
}
