package org.mediationdesk.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.mediationdesk.shared.DeskException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * The attendance of one meeting of a round, as an aggregate: where each participant group stands in it, and the
 * rules that keep the record coherent. A group walks out only while seated, returns only after walking out, is
 * not recorded present once it has walked out (it returns instead), takes a capacity only where it takes its
 * seat, and has no event dated before its last one.
 *
 * <p>The events themselves are appended to the attendance record ({@link AttendanceEvent}, never changed); this
 * aggregate decides whether the next one may be, and its version makes two records about the same meeting made
 * at the same time (a double click, two secretaries) be decided one after the other: the second is refused as
 * having been overtaken, never stored on a state it did not see.
 */
class MeetingAttendance {

	/** The meeting's id: one aggregate per meeting. */
	@Id
	private UUID id;
	private Set<GroupAttendance> groups = new HashSet<>();
	@Version
	private Long version;

	@PersistenceCreator
	MeetingAttendance() {
	}

	/** The attendance of a meeting where nothing is recorded yet. */
	static MeetingAttendance of(UUID meetingId) {
		MeetingAttendance meeting = new MeetingAttendance();
		meeting.id = meetingId;
		return meeting;
	}

	UUID meetingId() {
		return id;
	}

	/** Where the group stands in this meeting, if anything is recorded for it. */
	Optional<GroupAttendance> group(UUID groupId) {
		return groups.stream().filter(found -> found.groupId().equals(groupId)).findFirst();
	}

	/**
	 * Records what a group did in this meeting, if the record stays coherent, and gives the event to append.
	 *
	 * @param attendance what happened; without a day, it happened today
	 * @param groupLabel the group's label, to name it in a refusal
	 */
	AttendanceEvent record(NewAttendance attendance, String groupLabel, String recordedBy, Clock clock) {
		if (!id.equals(attendance.meetingId())) {
			throw new IllegalArgumentException("An event of meeting " + attendance.meetingId()
					+ " cannot be recorded in meeting " + id);
		}
		if (attendance.groupId() == null) {
			throw new DeskException.Invalid("attendance.groupRequired");
		}
		AttendanceKind kind = attendance.kind();
		if (kind == null) {
			throw new DeskException.Invalid("attendance.kindRequired");
		}
		Optional<GroupAttendance> current = group(attendance.groupId());
		LocalDate lastDay = current.map(GroupAttendance::lastOn).orElse(null);
		if (attendance.occurredOn() != null && lastDay != null && attendance.occurredOn().isBefore(lastDay)) {
			throw new DeskException.Invalid("attendance.beforeLastEvent", lastDay);
		}
		AttendanceKind now = current.map(GroupAttendance::kind).orElse(null);
		if (kind == AttendanceKind.PRESENT && now == AttendanceKind.WALKED_OUT) {
			throw new DeskException.Invalid("attendance.presentAfterWalkout", groupLabel);
		}
		if (kind == AttendanceKind.WALKED_OUT && !current.map(GroupAttendance::seated).orElse(false)) {
			throw new DeskException.Invalid("attendance.walkoutNeedsPresence", groupLabel);
		}
		if (kind == AttendanceKind.RETURNED && now != AttendanceKind.WALKED_OUT) {
			throw new DeskException.Invalid("attendance.returnNeedsWalkout", groupLabel);
		}
		if (attendance.capacity() != null && !kind.seats()) {
			throw new DeskException.Invalid("attendance.capacityNeedsSeat");
		}
		LocalDate on = attendance.occurredOn() != null ? attendance.occurredOn() : LocalDate.now(clock);
		AttendanceEvent event = AttendanceEvent.record(id, attendance.groupId(), kind, on, attendance.agendaItem(),
				attendance.statedReason(), attendance.capacity(), recordedBy, clock.instant());
		take(event);
		return event;
	}

	/**
	 * Takes an event into the state as it was recorded elsewhere, without the checks: a record file gives what
	 * the sources say happened, even where they leave out a step (a walkout without the presence before it). An
	 * event that names no group changes no group's state.
	 */
	void take(AttendanceEvent event) {
		if (!id.equals(event.meetingId())) {
			throw new IllegalArgumentException("An event of meeting " + event.meetingId()
					+ " is not part of meeting " + id);
		}
		if (event.groupId() == null) {
			return;
		}
		GroupAttendance before = group(event.groupId())
			.orElse(new GroupAttendance(event.groupId(), event.kind(), event.occurredOn(), null));
		groups.remove(before);
		groups.add(before.then(event.kind(), event.occurredOn(), event.capacity()));
	}
}
