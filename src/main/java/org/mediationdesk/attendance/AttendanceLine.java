package org.mediationdesk.attendance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.mediationdesk.process.Capacity;
import org.mediationdesk.process.MeetingKind;

/**
 * A line of a round's attendance record as the viewer may read it. In the public projection {@code id},
 * {@code group}, {@code groupId}, {@code statedReason}, the day and time, the reasons and the corrections are always
 * {@code null}: it says what happened, never who or why, and only as corrected.
 *
 * @param id the entry, to correct it ({@code null} in the public projection)
 * @param group the group's label, or {@code null} (public projection, or not recorded)
 * @param groupId the group, or {@code null} (public projection, or not recorded)
 * @param agendaItem the agenda item's title, or {@code null}
 * @param capacity the capacity in which a group took its seat, or {@code null} (public projection, or not
 * recorded)
 * @param occurredAt the time of day it describes, {@code null} where not known
 * @param laterRecord whether it was recorded after the fact (after the meeting's day, or for an earlier time)
 * @param laterReason why it was recorded later
 * @param corrects the entry this one corrects, if it is a correction
 * @param correctionReason why it corrects that entry
 * @param supersededBy the correction that replaced this entry, if it was corrected (attributed record only:
 * the public projection leaves corrected entries out)
 */
public record AttendanceLine(UUID id, MeetingKind meeting, AttendanceKind kind, LocalDate occurredOn,
		LocalTime occurredAt, String group, UUID groupId, String agendaItem, String statedReason, Capacity capacity,
		boolean laterRecord, String laterReason, UUID corrects, String correctionReason, UUID supersededBy) {

	/** A line as the public projection gives it. */
	static AttendanceLine neutral(MeetingKind meeting, AttendanceKind kind, String agendaItem, boolean laterRecord) {
		return new AttendanceLine(null, meeting, kind, null, null, null, null, agendaItem, null, null, laterRecord, null, null,
				null, null);
	}

	/** Whether a later entry corrected it. */
	public boolean superseded() {
		return supersededBy != null;
	}

	/** Whether it corrects an earlier entry. */
	public boolean correction() {
		return corrects != null;
	}
}
