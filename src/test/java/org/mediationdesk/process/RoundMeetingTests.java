package org.mediationdesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.shared.DeskException;

/** What a meeting of a round must be, and how it changes, on the aggregate alone. */
class RoundMeetingTests {

	private static final LocalDate START = LocalDate.of(2027, 3, 2);
	private static final LocalDate END = START.plusDays(1);
	private static final List<String> EVERYONE = List.of("GE", "AB", "SO", "RU", "US");

	private static NewMeeting meeting(MeetingKind kind, String topic, LocalDate day, List<String> invited) {
		return new NewMeeting(kind, topic, day, LocalTime.of(10, 0), "Palais des Nations", null, invited);
	}

	private static String refusal(Runnable step) {
		try {
			step.run();
		}
		catch (DeskException refused) {
			return refused.code();
		}
		throw new AssertionError("accepted");
	}

	@Test
	void acceptsAMeetingWithinTheRoundsDates() {
		RoundMeeting.check(meeting(MeetingKind.PLENARY, null, END, EVERYONE), START, END);
		RoundMeeting.check(meeting(MeetingKind.PLENARY, null, START, EVERYONE), START, null);
		RoundMeeting.check(meeting(MeetingKind.SHUTTLE_VISIT, "Gali", null, List.of("AB")), null, null);
	}

	@Test
	void refusesAMeetingWithoutAKindOrWithoutAnyoneInvited() {
		assertThat(refusal(() -> RoundMeeting.check(meeting(null, null, START, EVERYONE), START, END)))
			.isEqualTo("meeting.kindRequired");
		assertThat(refusal(() -> RoundMeeting.check(meeting(MeetingKind.PLENARY, null, START, List.of()), START, END)))
			.isEqualTo("meeting.invitedRequired");
	}

	@Test
	void refusesAMeetingAboutSomethingWithoutItsTopic() {
		assertThat(refusal(() -> RoundMeeting.check(meeting(MeetingKind.INFORMATION_SESSION, " ", START, EVERYONE),
				START, END))).isEqualTo("meeting.topicRequired");
		RoundMeeting.check(meeting(MeetingKind.WORKING_GROUP_II, null, START, EVERYONE), START, END);
	}

	@Test
	void refusesADayOutsideTheRoundOrInARoundWithoutDates() {
		assertThat(refusal(() -> RoundMeeting.check(meeting(MeetingKind.PLENARY, null, END.plusDays(1), EVERYONE),
				START, END))).isEqualTo("meeting.outsideRound");
		assertThat(refusal(() -> RoundMeeting.check(meeting(MeetingKind.PLENARY, null, START.minusDays(1), EVERYONE),
				START, END))).isEqualTo("meeting.outsideRound");
		assertThat(refusal(() -> RoundMeeting.check(meeting(MeetingKind.PLENARY, null, START, EVERYONE), null, null)))
			.isEqualTo("meeting.roundWithoutDates");
	}

	@Test
	void changesEveryFieldAsGiven() {
		RoundMeeting kept = RoundMeeting.of(UUID.randomUUID(), meeting(MeetingKind.PLENARY, null, START, EVERYONE));
		kept.change(new NewMeeting(MeetingKind.SIDELINE_MEETING, "Missing persons", END, null, null, "the co-chairs",
				List.of("GE", "AB")));
		MeetingView view = kept.view();
		assertThat(view.kind()).isEqualTo(MeetingKind.SIDELINE_MEETING);
		assertThat(view.topic()).isEqualTo("Missing persons");
		assertThat(view.heldOn()).isEqualTo(END);
		assertThat(view.startsAt()).as("a field left empty is cleared").isNull();
		assertThat(view.place()).isNull();
		assertThat(view.coModerators()).isEqualTo("the co-chairs");
		assertThat(view.invitedGroups()).containsExactly("GE", "AB");
	}

	@Test
	void movesByDaysAndAMeetingWithoutADayStays() {
		RoundMeeting dated = RoundMeeting.of(UUID.randomUUID(), meeting(MeetingKind.PLENARY, null, START, EVERYONE));
		dated.moveBy(28);
		assertThat(dated.heldOn()).isEqualTo(START.plusDays(28));
		RoundMeeting undated = RoundMeeting.of(UUID.randomUUID(), meeting(MeetingKind.PLENARY, null, null, EVERYONE));
		undated.moveBy(28);
		assertThat(undated.heldOn()).isNull();
	}

	@Test
	void ordersTheWorkingGroupsFirstThenByDayAndTime() {
		MeetingView plenary = RoundMeeting.of(UUID.randomUUID(),
				meeting(MeetingKind.PLENARY, null, START, EVERYONE)).view();
		MeetingView secondDay = RoundMeeting.of(UUID.randomUUID(),
				meeting(MeetingKind.WORKING_GROUP_I, null, END, EVERYONE)).view();
		MeetingView firstDay = RoundMeeting.of(UUID.randomUUID(),
				meeting(MeetingKind.WORKING_GROUP_I, null, START, EVERYONE)).view();
		assertThat(java.util.stream.Stream.of(plenary, secondDay, firstDay).sorted(RoundMeeting.ORDER).toList())
			.containsExactly(firstDay, secondDay, plenary);
	}
}
