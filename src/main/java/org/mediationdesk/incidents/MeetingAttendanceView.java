package org.mediationdesk.incidents;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.mediationdesk.attendance.AttendanceKind;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.shared.Institution;

/**
 * Who attended a mechanism meeting, for the mechanism's circle: each participant group and facilitator with where it
 * stands (its latest entry, {@code null} while none is recorded) and what may be recorded of it now; and every entry
 * in order, with its time. Anyone outside the circle reads an empty view.
 *
 * @param mayRecord whether the viewer records attendance (the co-chairs, the facilitators' among them, and the
 * secretariat) and the meeting takes or took place
 */
public record MeetingAttendanceView(List<Line> attendees, List<Entry> entries, boolean mayRecord) {

	/** One attendee: a group ({@code group}) or a facilitator ({@code facilitator}). */
	public record Line(String code, GroupView group, Institution facilitator, AttendanceKind kind, Instant since,
			Set<AttendanceKind> next) {
	}

	/** One entry of the record, as made. */
	public record Entry(GroupView group, Institution facilitator, AttendanceKind kind, Instant at) {
	}

	static MeetingAttendanceView none() {
		return new MeetingAttendanceView(List.of(), List.of(), false);
	}

	public boolean recorded() {
		return !entries.isEmpty();
	}
}
