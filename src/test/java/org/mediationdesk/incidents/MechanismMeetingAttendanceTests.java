package org.mediationdesk.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.attendance.AttendanceKind;
import org.mediationdesk.incidents.MechanismMeetingAttendance.Attendee;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;

/** The rules of a mechanism meeting's attendance: the rounds' rules, for its groups and facilitators only. */
class MechanismMeetingAttendanceTests {

	private static final Instant AT = Instant.parse("2026-05-04T09:00:00Z");
	private final Attendee group = new Attendee(UUID.randomUUID(), null);
	private final Attendee facilitator = new Attendee(null, Institution.OSCE);
	private final Set<Attendee> attendees = Set.of(group, facilitator);

	@Test
	void keepsEveryEntryInOrderAndStandsByTheLatest() {
		MechanismMeetingAttendance attendance = MechanismMeetingAttendance.of(UUID.randomUUID());
		attendance.record(group, AttendanceKind.PRESENT, true, attendees, "secretariat", AT);
		attendance.record(facilitator, AttendanceKind.PRESENT, true, attendees, "secretariat", AT);
		attendance.record(group, AttendanceKind.WALKED_OUT, true, attendees, "secretariat", AT.plusSeconds(600));
		attendance.record(group, AttendanceKind.RETURNED, true, attendees, "secretariat", AT.plusSeconds(900));
		assertThat(attendance.entries()).extracting(MechanismAttendanceEntry::kind).containsExactly(
				AttendanceKind.PRESENT, AttendanceKind.PRESENT, AttendanceKind.WALKED_OUT, AttendanceKind.RETURNED);
		assertThat(attendance.standing()).containsEntry(group, AttendanceKind.RETURNED)
			.containsEntry(facilitator, AttendanceKind.PRESENT);
	}

	@Test
	void refusesAWalkoutWithoutASeatAReturnWithoutAWalkoutAndASecondClick() {
		MechanismMeetingAttendance attendance = MechanismMeetingAttendance.of(UUID.randomUUID());
		assertThatThrownBy(() -> attendance.record(group, AttendanceKind.WALKED_OUT, true, attendees, "s", AT))
			.hasMessage("mechanisms.walkoutNotSeated");
		assertThatThrownBy(() -> attendance.record(group, AttendanceKind.RETURNED, true, attendees, "s", AT))
			.hasMessage("mechanisms.returnWithoutWalkout");
		attendance.record(group, AttendanceKind.DID_NOT_ATTEND, true, attendees, "s", AT);
		assertThatThrownBy(() -> attendance.record(group, AttendanceKind.DID_NOT_ATTEND, true, attendees, "s", AT))
			.isInstanceOf(DeskException.Conflict.class).hasMessage("mechanisms.attendanceAlready");
		assertThat(attendance.entries()).hasSize(1);
		assertThat(MechanismMeetingAttendance.next(AttendanceKind.DID_NOT_ATTEND)).containsExactly(AttendanceKind.PRESENT);
		assertThat(MechanismMeetingAttendance.next(null)).containsExactlyInAnyOrder(AttendanceKind.PRESENT,
				AttendanceKind.DID_NOT_ATTEND);
	}

	@Test
	void refusesWhoIsNotOfTheMechanismWhatIsNotAMeetingsWordAndAMeetingNotHeld() {
		MechanismMeetingAttendance attendance = MechanismMeetingAttendance.of(UUID.randomUUID());
		assertThatThrownBy(() -> attendance.record(new Attendee(UUID.randomUUID(), null), AttendanceKind.PRESENT, true,
				attendees, "s", AT)).hasMessage("mechanisms.attendeeRequired");
		assertThatThrownBy(() -> attendance.record(group, AttendanceKind.BOYCOTTED, true, attendees, "s", AT))
			.hasMessage("attendance.kindRequired");
		assertThatThrownBy(() -> attendance.record(group, AttendanceKind.PRESENT, false, attendees, "s", AT))
			.hasMessage("mechanisms.attendanceNotHeld");
		assertThat(attendance.entries()).isEmpty();
	}
}
