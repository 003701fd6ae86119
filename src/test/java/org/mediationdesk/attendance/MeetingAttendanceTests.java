package org.mediationdesk.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.process.Capacity;
import org.mediationdesk.shared.DeskException;

/**
 * The rules the attendance of a meeting keeps: present, walked out, returned, in order and in a capacity; taken
 * on the meeting's day at the time it is made, later records with their time and reason, no second entry of the
 * same thing, and corrections that take an entry's place.
 */
class MeetingAttendanceTests {

	private static final LocalDate TODAY = LocalDate.of(2027, 3, 3);

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-03T10:15:00Z"), ZoneOffset.UTC);

	private final UUID meetingId = UUID.randomUUID();

	private final UUID group = UUID.randomUUID();

	private final MeetingAttendance meeting = MeetingAttendance.of(meetingId);

	private final List<AttendanceEvent> appended = new ArrayList<>();

	private AttendanceEvent record(AttendanceKind kind) {
		return record(kind, TODAY, null, null, null);
	}

	private AttendanceEvent record(AttendanceKind kind, LocalDate meetingDay, Capacity capacity, LocalTime at,
			String laterReason) {
		AttendanceEvent event = meeting.record(new NewAttendance(meetingId, group, kind, null, null, null, capacity, at,
				laterReason), meetingDay, "participants from Sukhum(i)", "secretariat", CLOCK);
		appended.add(event);
		return event;
	}

	@Test
	void seatsAGroupThatIsPresentAndGivesTheEventToAppend() {
		AttendanceEvent event = record(AttendanceKind.PRESENT, TODAY, Capacity.INDIVIDUAL, null, null);
		assertThat(event.meetingId()).isEqualTo(meetingId);
		assertThat(event.groupId()).isEqualTo(group);
		assertThat(event.kind()).isEqualTo(AttendanceKind.PRESENT);
		assertThat(event.capacity()).isEqualTo(Capacity.INDIVIDUAL);
		assertThat(meeting.group(group)).hasValueSatisfying(state -> {
			assertThat(state.seated()).isTrue();
			assertThat(state.capacity()).isEqualTo(Capacity.INDIVIDUAL);
		});
	}

	@Test
	void takesAnEntryOnTheMeetingsDayAtTheTimeItIsMade() {
		AttendanceEvent event = record(AttendanceKind.PRESENT);
		assertThat(event.occurredOn()).isEqualTo(TODAY);
		assertThat(event.occurredAt()).isEqualTo(LocalTime.of(10, 15));
		assertThat(event.laterRecord()).isFalse();
		assertThatThrownBy(() -> meeting.record(new NewAttendance(meetingId, group, AttendanceKind.WALKED_OUT,
				TODAY.minusDays(1), null, null), TODAY, "x", "secretariat", CLOCK))
			.hasMessage("attendance.notMeetingDay");
	}

	@Test
	void refusesEntriesForAMeetingWhoseDayIsAhead() {
		assertThatThrownBy(() -> record(AttendanceKind.PRESENT, TODAY.plusMonths(3), null, null, null))
			.isInstanceOf(DeskException.Invalid.class)
			.hasMessage("attendance.meetingAhead");
		assertThat(meeting.group(group)).isEmpty();
	}

	@Test
	void takesAnEntryAfterTheMeetingsDayOnlyAsALaterRecordWithItsTimeAndReason() {
		LocalDate yesterday = TODAY.minusDays(1);
		assertThatThrownBy(() -> record(AttendanceKind.PRESENT, yesterday, null, null, null))
			.hasMessage("attendance.laterNeedsTime");
		assertThatThrownBy(() -> record(AttendanceKind.PRESENT, yesterday, null, LocalTime.of(9, 30), " "))
			.hasMessage("attendance.laterNeedsReason");
		AttendanceEvent later = record(AttendanceKind.PRESENT, yesterday, null, LocalTime.of(9, 30),
				"Noted on paper during the power cut");
		assertThat(later.occurredOn()).isEqualTo(yesterday);
		assertThat(later.occurredAt()).isEqualTo(LocalTime.of(9, 30));
		assertThat(later.laterRecord()).isTrue();
		assertThat(later.laterReason()).isEqualTo("Noted on paper during the power cut");
		assertThatThrownBy(() -> record(AttendanceKind.WALKED_OUT, yesterday, null, LocalTime.of(9, 0), "late"))
			.as("not before the group's last event")
			.hasMessage("attendance.beforeLastTime");
	}

	@Test
	void refusesATimeStillAheadOnTheMeetingsDay() {
		assertThatThrownBy(() -> record(AttendanceKind.PRESENT, TODAY, null, LocalTime.of(11, 0), "later"))
			.hasMessage("attendance.timeAhead");
		assertThat(record(AttendanceKind.PRESENT, TODAY, null, LocalTime.of(9, 0), "Noted by hand").laterRecord())
			.as("an earlier moment of the day, recorded now").isTrue();
	}

	@Test
	void refusesASecondEntryOfWhereTheGroupAlreadyStands() {
		record(AttendanceKind.PRESENT);
		assertThatThrownBy(() -> record(AttendanceKind.PRESENT)).isInstanceOf(DeskException.Conflict.class)
			.hasMessage("attendance.duplicate");
		record(AttendanceKind.WALKED_OUT);
		assertThatThrownBy(() -> record(AttendanceKind.WALKED_OUT)).as("a second click of the same walkout")
			.isInstanceOf(DeskException.Conflict.class)
			.hasMessage("attendance.duplicate");
		record(AttendanceKind.RETURNED);
		assertThatThrownBy(() -> record(AttendanceKind.PRESENT)).as("back in the room is present already")
			.hasMessage("attendance.duplicate");
	}

	@Test
	void refusesAWalkoutFromAGroupThatIsNotSeated() {
		assertThatThrownBy(() -> record(AttendanceKind.WALKED_OUT)).isInstanceOf(DeskException.Invalid.class)
			.hasMessage("attendance.walkoutNeedsPresence");
		record(AttendanceKind.DECLINED);
		assertThatThrownBy(() -> record(AttendanceKind.WALKED_OUT)).hasMessage("attendance.walkoutNeedsPresence");
	}

	@Test
	void keepsEachGroupsStateApart() {
		UUID other = UUID.randomUUID();
		record(AttendanceKind.PRESENT);
		assertThatThrownBy(() -> meeting.record(new NewAttendance(meetingId, other, AttendanceKind.WALKED_OUT, null,
				null, null), TODAY, "participants from Moscow", "secretariat", CLOCK))
			.hasMessage("attendance.walkoutNeedsPresence");
		assertThat(meeting.group(other)).isEmpty();
	}

	@Test
	void refusesAnEventWithoutKindOrGroupAndOneOfAnotherMeeting() {
		assertThatThrownBy(() -> record(null)).hasMessage("attendance.kindRequired");
		assertThatThrownBy(() -> meeting.record(new NewAttendance(meetingId, null, AttendanceKind.PRESENT, null, null,
				null), TODAY, null, "secretariat", CLOCK)).hasMessage("attendance.groupRequired");
		assertThatThrownBy(() -> meeting.record(new NewAttendance(UUID.randomUUID(), group, AttendanceKind.PRESENT,
				null, null, null), TODAY, "x", "secretariat", CLOCK)).isInstanceOf(IllegalArgumentException.class);
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
		assertThat(record(AttendanceKind.RETURNED, null, null, null, null).kind()).isEqualTo(AttendanceKind.RETURNED);
	}

	@Test
	void correctsAnEntryInItsPlaceAndWorksOutWhereEachGroupStandsAgain() {
		UUID other = UUID.randomUUID();
		record(AttendanceKind.PRESENT);
		AttendanceEvent walkout = record(AttendanceKind.WALKED_OUT);
		assertThatThrownBy(() -> meeting.correct(appended, walkout, new AttendanceCorrection(null, null, null, null,
				null, null, " "), id -> "a group", "secretariat", CLOCK))
			.hasMessage("attendance.correctionNeedsReason");
		assertThatThrownBy(() -> meeting.correct(appended, walkout, new AttendanceCorrection(null, null, null, null,
				null, null, "same"), id -> "a group", "secretariat", CLOCK))
			.hasMessage("attendance.correctionChangesNothing");
		assertThatThrownBy(() -> meeting.correct(appended, walkout, new AttendanceCorrection(other, null, null, null,
				null, null, "It was the other group"), id -> "a group", "secretariat", CLOCK))
			.as("the other group was never seated, so it cannot have walked out")
			.hasMessage("attendance.walkoutNeedsPresence");
		assertThat(meeting.group(group)).as("a refused correction changes nothing")
			.hasValueSatisfying(state -> assertThat(state.kind()).isEqualTo(AttendanceKind.WALKED_OUT));
		AttendanceEvent corrected = meeting.correct(appended, walkout, new AttendanceCorrection(null,
				AttendanceKind.DECLINED, null, null, null, null, "Entered by mistake: they stayed"), id -> "a group",
				"secretariat", CLOCK);
		assertThat(corrected.corrects()).isEqualTo(walkout.id());
		assertThat(corrected.correctionReason()).isEqualTo("Entered by mistake: they stayed");
		assertThat(corrected.occurredAt()).isEqualTo(walkout.occurredAt());
		assertThat(meeting.group(group)).hasValueSatisfying(state -> assertThat(state.kind())
			.isEqualTo(AttendanceKind.DECLINED));
		appended.add(corrected);
		assertThatThrownBy(() -> meeting.correct(appended, walkout, new AttendanceCorrection(null,
				AttendanceKind.BOYCOTTED, null, null, null, null, "again"), id -> "a group", "secretariat", CLOCK))
			.isInstanceOf(DeskException.Conflict.class)
			.hasMessage("attendance.alreadyCorrected");
	}
}
