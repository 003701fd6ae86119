package org.mediationdesk.attendance;

import java.time.LocalDate;

import org.mediationdesk.process.Capacity;
import org.mediationdesk.process.MeetingKind;

/**
 * A line of a round's attendance record as the viewer may read it. In the public projection {@code group}
 * and {@code statedReason} are always {@code null}: it says what happened, never who or why.
 *
 * @param group the group's label, or {@code null} (public projection, or not recorded)
 * @param agendaItem the agenda item's title, or {@code null}
 * @param capacity the capacity in which a group took its seat, or {@code null} (public projection, or not
 * recorded)
 */
public record AttendanceLine(MeetingKind meeting, AttendanceKind kind, LocalDate occurredOn, String group,
		String agendaItem, String statedReason, Capacity capacity) {
}
