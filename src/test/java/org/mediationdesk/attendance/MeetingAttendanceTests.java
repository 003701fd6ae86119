package org.mediationdesk.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.process.Capacity;
import org.mediationdesk.shared.DeskException;

/** The rules the attendance of a meeting keeps: present, walked out, returned, in order and in a capacity. */
class MeetingAttendanceTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-03T10:15:00Z"), ZoneOffset.UTC);

	private final UUID meetingId = UUID.randomUUID();

	private final UUID group = UUID.randomUUID();

	private final MeetingAttendance meeting = MeetingAttendance.of(meetingId);

	private AttendanceEvent record(AttendanceKind kind) {
		return record(kind, null, null);
	}

	private AttendanceEvent record(AttendanceKind kind, LocalDate on, Capacity capacity) {
		return meeting.record(new NewAttendance(meetingId, group, kind, on, null, null, capacity),
				"participants from Sukhum(i)", "secretariat", CLOCK);
	}

	@Test
	void seatsAGroupThatIsPresentAndGivesTheEventToAppend() {
		AttendanceEvent event = record(AttendanceKind.PRESENT, LocalDate.of(2027, 3, 2), Capacity.INDIVIDUAL);
		assertThat(event.meetingId()).isEqualTo(meetingId);
		assertThat(event.groupId()).isEqualTo(group);
		assertThat(event.kind()).isEqualTo(AttendanceKind.PRESENT);
		assertThat(event.occurredOn()).isEqualTo(LocalDate.of(2027, 3, 2));
		assertThat(event.capacity()).isEqualTo(Capacity.INDIVIDUAL);
		assertThat(meeting.group(group)).hasValueSatisfying(state -> {
			assertThat(state.seated()).isTrue();
			assertThat(state.capacity()).isEqualTo(Capacity.INDIVIDUAL);
		});
	}

	@Test
	void datesAnEventWithoutADayToday() {
		assertThat(record(AttendanceKind.PRESENT).occurredOn()).isEqualTo(LocalDate.of(2027, 3, 3));
	}

	@Test
	void refusesAWalkoutFromAGroupThatIsNotSeated() {
		assertThatThrownBy(() -> record(AttendanceKind.WALKED_OUT)).isInstanceOf(DeskException.Invalid.class)
			.hasMessage("attendance.walkoutNeedsPresence");
		record(AttendanceKind.DECLINED);
		assertThatThrownBy(() -> record(AttendanceKind.WALKED_OUT)).hasMessage("attendance.walkoutNeedsPresence");
	}

	@Test
	void refusesASecondWalkoutOfAGroupThatHasAlreadyLeft() {
		record(AttendanceKind.PRESENT);
		record(AttendanceKind.WALKED_OUT);
		assertThatThrownBy(() -> record(AttendanceKind.WALKED_OUT)).hasMessage("attendance.walkoutNeedsPresence");
	}

	@Test
	void acceptsAReturnOnlyAfterAWalkout() {
		assertThatThrownBy(() -> record(AttendanceKind.RETURNED)).hasMessage("attendance.returnNeedsWalkout");
		record(AttendanceKind.PRESENT);
		assertThatThrownBy(() -> record(AttendanceKind.RETURNED)).hasMessage("attendance.returnNeedsWalkout");
		record(AttendanceKind.WALKED_OUT);
		record(AttendanceKind.RETURNED);
		assertThat(meeting.group(group)).hasValueSatisfying(state -> assertThat(state.seated()).isTrue());
		assertThat(record(AttendanceKind.WALKED_OUT).kind()).as("a group that is back may leave again")
			.isEqualTo(AttendanceKind.WALKED_OUT);
	}

	@Test
	void recordsAReturnRatherThanAPresenceAfterAWalkout() {
		record(AttendanceKind.PRESENT);
		record(AttendanceKind.WALKED_OUT);
		assertThatThrownBy(() -> record(AttendanceKind.PRESENT)).isInstanceOf(DeskException.Invalid.class)
			.hasMessage("attendance.presentAfterWalkout")
			.satisfies(refused -> assertThat(((DeskException) refused).arguments())
				.containsExactly("participants from Sukhum(i)"));
	}

	@Test
	void takesACapacityOnlyWhereTheGroupTakesItsSeat() {
		record(AttendanceKind.PRESENT, null, Capacity.DELEGATION);
		assertThatThrownBy(() -> record(AttendanceKind.WALKED_OUT, null, Capacity.INDIVIDUAL))
			.hasMessage("attendance.capacityNeedsSeat");
		record(AttendanceKind.WALKED_OUT);
		record(AttendanceKind.RETURNED);
		assertThat(meeting.group(group)).as("a return without a capacity keeps the one of the seat taken")
			.hasValueSatisfying(state -> assertThat(state.capacity()).isEqualTo(Capacity.DELEGATION));
	}

	@Test
	void refusesAnEventDatedBeforeTheGroupsLastOne() {
		record(AttendanceKind.PRESENT, LocalDate.of(2027, 3, 2), null);
		assertThatThrownBy(() -> record(AttendanceKind.WALKED_OUT, LocalDate.of(2027, 3, 1), null))
			.isInstanceOf(DeskException.Invalid.class)
			.hasMessage("attendance.beforeLastEvent")
			.satisfies(refused -> assertThat(((DeskException) refused).arguments())
				.containsExactly(LocalDate.of(2027, 3, 2)));
		assertThat(record(AttendanceKind.WALKED_OUT, LocalDate.of(2027, 3, 2), null).kind())
			.as("the same day is in order").isEqualTo(AttendanceKind.WALKED_OUT);
	}

	@Test
	void keepsEachGroupsStateApart() {
		UUID other = UUID.randomUUID();
		record(AttendanceKind.PRESENT);
		assertThatThrownBy(() -> meeting.record(new NewAttendance(meetingId, other, AttendanceKind.WALKED_OUT, null,
				null, null), "participants from Moscow", "secretariat", CLOCK))
			.hasMessage("attendance.walkoutNeedsPresence");
		assertThat(meeting.group(other)).isEmpty();
	}

	@Test
	void refusesAnEventWithoutKindOrGroupAndOneOfAnotherMeeting() {
		assertThatThrownBy(() -> record(null)).hasMessage("attendance.kindRequired");
		assertThatThrownBy(() -> meeting.record(new NewAttendance(meetingId, null, AttendanceKind.PRESENT, null, null,
				null), null, "secretariat", CLOCK)).hasMessage("attendance.groupRequired");
		assertThatThrownBy(() -> meeting.record(new NewAttendance(UUID.randomUUID(), group, AttendanceKind.PRESENT,
				null, null, null), "x", "secretariat", CLOCK)).isInstanceOf(IllegalArgumentException.class);
		assertThat(meeting.group(group)).as("nothing refused changes the state").isEmpty();
	}

	@Test
	void takesARecordedEventAsTheSourcesGiveItWithoutTheChecks() {
		meeting.take(AttendanceEvent.record(meetingId, group, AttendanceKind.WALKED_OUT, LocalDate.of(2009, 5, 18),
				null, null, null, "import", CLOCK.instant()));
		meeting.take(AttendanceEvent.record(meetingId, null, AttendanceKind.BOYCOTTED, LocalDate.of(2009, 5, 18),
				null, null, null, "import", CLOCK.instant()));
		assertThat(meeting.group(group)).hasValueSatisfying(state -> {
			assertThat(state.kind()).isEqualTo(AttendanceKind.WALKED_OUT);
			assertThat(state.lastOn()).isEqualTo(LocalDate.of(2009, 5, 18));
		});
		assertThat(record(AttendanceKind.RETURNED).kind()).isEqualTo(AttendanceKind.RETURNED);
	}
}
