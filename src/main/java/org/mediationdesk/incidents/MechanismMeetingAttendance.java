package org.mediationdesk.incidents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.mediationdesk.attendance.AttendanceKind;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * Who attended a mechanism meeting, as the rounds' attendance keeps it ({@code attendance.MeetingAttendance}) and
 * with its words ({@link AttendanceKind}): each participant group of the mechanism and each facilitator is present,
 * did not attend, walked out or returned. Entries are appended with their time and author, never edited; where an
 * attendee stands is its latest entry. The rules of the record are the rounds': a walkout only while seated, a
 * return only after a walkout, no second entry of where an attendee already stands. A meeting postponed or not held
 * has no attendance. Two entries made at once are two saves of one version: the second is refused.
 */
class MechanismMeetingAttendance {

	/** What may be recorded of a mechanism meeting's attendees. */
	static final Set<AttendanceKind> KINDS = EnumSet.of(AttendanceKind.PRESENT, AttendanceKind.DID_NOT_ATTEND,
			AttendanceKind.WALKED_OUT, AttendanceKind.RETURNED);

	@Id
	private UUID meetingId;
	private List<MechanismAttendanceEntry> entries = new ArrayList<>();
	@Version
	private Long version;

	@PersistenceCreator
	MechanismMeetingAttendance() {
	}

	static MechanismMeetingAttendance of(UUID meeting) {
		MechanismMeetingAttendance attendance = new MechanismMeetingAttendance();
		attendance.meetingId = meeting;
		return attendance;
	}

	/** Who attends: a participant group of the mechanism, or one of its facilitators. */
	record Attendee(UUID group, Institution institution) {
	}

	/**
	 * Records where an attendee stands now.
	 *
	 * @param held whether the meeting takes or took place (not postponed, not called off)
	 * @param attendees the mechanism's groups and facilitators: only they attend
	 */
	void record(Attendee attendee, AttendanceKind kind, boolean held, Set<Attendee> attendees, String by, Instant at) {
		if (!held) {
			throw new DeskException.Conflict("mechanisms.attendanceNotHeld");
		}
		if (attendee == null || !attendees.contains(attendee)) {
			throw new DeskException.Invalid("mechanisms.attendeeRequired");
		}
		if (kind == null || !KINDS.contains(kind)) {
			throw new DeskException.Invalid("attendance.kindRequired");
		}
		AttendanceKind now = standing().get(attendee);
		if (now == kind) {
			throw new DeskException.Conflict("mechanisms.attendanceAlready");
		}
		if (kind == AttendanceKind.WALKED_OUT && (now == null || !now.seats())) {
			throw new DeskException.Conflict("mechanisms.walkoutNotSeated");
		}
		if (kind == AttendanceKind.RETURNED && now != AttendanceKind.WALKED_OUT) {
			throw new DeskException.Conflict("mechanisms.returnWithoutWalkout");
		}
		entries.add(new MechanismAttendanceEntry(attendee.group(), attendee.institution(), kind, at, by));
	}

	/** The kinds that may be recorded for an attendee standing as it does now. */
	static Set<AttendanceKind> next(AttendanceKind now) {
		Set<AttendanceKind> kinds = EnumSet.noneOf(AttendanceKind.class);
		for (AttendanceKind kind : KINDS) {
			boolean allowed = kind != now && (kind != AttendanceKind.WALKED_OUT || (now != null && now.seats()))
					&& (kind != AttendanceKind.RETURNED || now == AttendanceKind.WALKED_OUT);
			if (allowed) {
				kinds.add(kind);
			}
		}
		return kinds;
	}

	/** Where each attendee stands: its latest entry, in the order they were first recorded. */
	Map<Attendee, AttendanceKind> standing() {
		Map<Attendee, AttendanceKind> standing = new LinkedHashMap<>();
		entries.forEach(entry -> standing.put(new Attendee(entry.groupId(), entry.institution()), entry.kind()));
		return standing;
	}

	UUID meetingId() {
		return meetingId;
	}

	List<MechanismAttendanceEntry> entries() {
		return List.copyOf(entries);
	}
}
