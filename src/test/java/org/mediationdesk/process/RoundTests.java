package org.mediationdesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mediationdesk.process.RoundAction.ADD_MEETING;
import static org.mediationdesk.process.RoundAction.AWAIT_CONFIRMATION;
import static org.mediationdesk.process.RoundAction.CONFIRM;
import static org.mediationdesk.process.RoundAction.MARK_HELD;
import static org.mediationdesk.process.RoundAction.POSTPONE;
import static org.mediationdesk.process.RoundAction.RECORD_COLLAPSE;
import static org.mediationdesk.process.RoundAction.RECORD_DECISION;
import static org.mediationdesk.process.RoundAction.RECORD_OUTCOME;
import static org.mediationdesk.process.RoundAction.SUSPEND;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.mediationdesk.shared.DeskException;

/** A round's transitions, and the actions it offers in each status: exactly those it then accepts. */
class RoundTests {

	private static final LocalDate MARCH = LocalDate.of(2027, 3, 2);

	private static Round scheduled(boolean pendingConfirmation) {
		return Round.convene(UUID.randomUUID(), 70, MARCH, MARCH.plusDays(1), "Geneva", pendingConfirmation);
	}

	@Test
	void offersAScheduledRoundEverythingButAnOutcome() {
		assertThat(scheduled(false).availableActions()).containsExactly(AWAIT_CONFIRMATION, MARK_HELD, SUSPEND,
				RECORD_COLLAPSE, POSTPONE, RECORD_DECISION, ADD_MEETING);
		assertThat(scheduled(true).availableActions()).as("a round awaiting confirmation offers to confirm it")
			.containsExactly(CONFIRM, MARK_HELD, SUSPEND, RECORD_COLLAPSE, POSTPONE, RECORD_DECISION, ADD_MEETING);
	}

	@Test
	void offersAHeldRoundItsOutcomesAndCollapseButNoPostponement() {
		Round round = scheduled(true);
		round.markHeld(java.time.LocalDate.of(2100, 1, 1));
		assertThat(round.view(true).status()).isEqualTo(RoundStatus.HELD);
		assertThat(round.view(true).pendingConfirmation()).as("a held round awaits nothing").isFalse();
		assertThat(round.availableActions()).containsExactly(RECORD_COLLAPSE, RECORD_OUTCOME, RECORD_DECISION,
				ADD_MEETING);
	}

	@Test
	void offersARoundWithoutDatesToBePostponedAgainSuspendedOrConfirmed() {
		Round round = scheduled(false);
		round.postpone(null, null, "Not all participants confirmed", MARCH.minusDays(10));
		assertThat(round.view(true).status()).isEqualTo(RoundStatus.POSTPONED);
		assertThat(round.availableActions()).containsExactly(AWAIT_CONFIRMATION, SUSPEND, POSTPONE, RECORD_DECISION,
				ADD_MEETING);
	}

	@Test
	void offersASuspendedRoundOnlyItsDecisionsAndMeetings() {
		Round round = scheduled(false);
		round.suspend("Security situation");
		assertThat(round.availableActions()).containsExactly(RECORD_DECISION, ADD_MEETING);
	}

	@Test
	void offersACollapsedRoundItsOutcomes() {
		Round round = scheduled(false);
		round.markHeld(java.time.LocalDate.of(2100, 1, 1));
		round.recordCollapse("A walkout ended the round");
		assertThat(round.view(true).status()).isEqualTo(RoundStatus.COLLAPSED);
		assertThat(round.availableActions()).containsExactly(RECORD_OUTCOME, RECORD_DECISION, ADD_MEETING);
	}

	@Test
	void awaitsAndReceivesConfirmationOnce() {
		Round round = scheduled(false);
		round.awaitConfirmation();
		assertThat(round.view(true).pendingConfirmation()).isTrue();
		assertThatThrownBy(round::awaitConfirmation).isInstanceOf(DeskException.Conflict.class)
			.hasMessage("round.alreadyAwaitingConfirmation");
		round.confirm();
		assertThat(round.view(true).pendingConfirmation()).isFalse();
		assertThatThrownBy(round::confirm).isInstanceOf(DeskException.Conflict.class)
			.hasMessage("round.notAwaitingConfirmation");
	}

	@Test
	void refusesEveryActionItDoesNotOfferAndNamesTheStatus() {
		// each status, and what each action does to a round
		List<Consumer<Round>> reach = List.of(round -> {
		}, round -> round.awaitConfirmation(), round -> round.markHeld(java.time.LocalDate.of(2100, 1, 1)), round -> round.suspend("reason"),
				round -> round.postpone(null, null, "reason", MARCH), round -> {
					round.markHeld(java.time.LocalDate.of(2100, 1, 1));
					round.recordCollapse("reason");
				});
		for (Consumer<Round> status : reach) {
			for (RoundAction action : List.of(AWAIT_CONFIRMATION, CONFIRM, MARK_HELD, SUSPEND, RECORD_COLLAPSE,
					POSTPONE, RECORD_OUTCOME)) {
				Round round = scheduled(false);
				status.accept(round);
				boolean offered = round.availableActions().contains(action);
				RoundStatus before = round.view(true).status();
				if (offered) {
					perform(round, action);
				}
				else {
					assertThatThrownBy(() -> perform(round, action)).as(action + " on a " + before + " round")
						.isInstanceOf(DeskException.Conflict.class)
						.satisfies(refused -> {
							if (((DeskException) refused).code().equals("round.illegalTransition")) {
								assertThat(((DeskException) refused).arguments()).contains(70, before);
							}
						});
					assertThat(round.view(true).status()).as("a refusal changes nothing").isEqualTo(before);
				}
			}
		}
	}

	private static void perform(Round round, RoundAction action) {
		switch (action) {
			case AWAIT_CONFIRMATION -> round.awaitConfirmation();
			case CONFIRM -> round.confirm();
			case MARK_HELD -> round.markHeld(java.time.LocalDate.of(2100, 1, 1));
			case SUSPEND -> round.suspend("reason");
			case RECORD_COLLAPSE -> round.recordCollapse("reason");
			case POSTPONE -> round.postpone(MARCH.plusMonths(2), null, "reason", MARCH);
			case RECORD_OUTCOME -> round.recordOutcome("IDP", AgendaOutcomeKind.DISCUSSED);
			default -> throw new IllegalArgumentException(action.name());
		}
	}

	@Test
	void keepsItsNumberWhenPostponedAndTheDatesItGaveUp() {
		Round round = scheduled(false);
		round.postpone(LocalDate.of(2027, 6, 1), null, "Dates moved", MARCH.minusDays(3));
		RoundView view = round.view(true);
		assertThat(view.number()).isEqualTo(70);
		assertThat(view.status()).isEqualTo(RoundStatus.SCHEDULED);
		assertThat(view.startDate()).isEqualTo(view.endDate()).isEqualTo(LocalDate.of(2027, 6, 1));
		assertThat(view.postponements()).extracting(RoundView.PostponementView::plannedStart).containsExactly(MARCH);
		assertThatThrownBy(() -> round.postpone(null, null, " ", MARCH)).hasMessage("round.reasonRequired");
	}

	@Test
	void showsWhatMayBeDoneOnlyToTheCoChairs() {
		Round round = scheduled(true);
		assertThat(round.view(true).availableActions()).isEqualTo(round.availableActions());
		assertThat(round.view(true).statusActions()).containsExactly(CONFIRM, MARK_HELD, SUSPEND, RECORD_COLLAPSE);
		assertThat(round.view(true).offers("POSTPONE")).isTrue();
		assertThat(round.view(true).offers("RECORD_OUTCOME")).isFalse();
		assertThat(round.view(false).availableActions()).isEmpty();
	}

	private static RoundMeeting meetingOf(Round round, LocalDate day) {
		return RoundMeeting.of(round.id(), new NewMeeting(MeetingKind.WORKING_GROUP_I, null, day, null, null, null,
				List.of("GE")));
	}

	@Test
	void movesItsMeetingsWithItByAsManyDaysAsItMoved() {
		Round round = scheduled(false);
		RoundMeeting first = meetingOf(round, MARCH);
		RoundMeeting second = meetingOf(round, MARCH.plusDays(1));
		Round.MeetingMoves moves = round.postpone(MARCH.plusDays(28), MARCH.plusDays(29), "Venue unavailable",
				MARCH.minusDays(5), List.of(first, second), true);
		assertThat(moves.moved()).extracting(Round.MovedMeeting::meeting).containsExactly(first, second);
		assertThat(moves.moved()).extracting(Round.MovedMeeting::from).containsExactly(MARCH, MARCH.plusDays(1));
		assertThat(first.heldOn()).isEqualTo(MARCH.plusDays(28));
		assertThat(second.heldOn()).isEqualTo(MARCH.plusDays(29));
		assertThat(moves.kept()).isEmpty();
	}

	@Test
	void keepsTheDateOfAMeetingThatWouldFallOutsideItsNewDates() {
		Round round = scheduled(false);
		RoundMeeting first = meetingOf(round, MARCH);
		RoundMeeting second = meetingOf(round, MARCH.plusDays(1));
		Round.MeetingMoves moves = round.postpone(MARCH.plusDays(28), null, "Shortened to one day",
				MARCH.minusDays(5), List.of(first, second), true);
		assertThat(moves.moved()).extracting(Round.MovedMeeting::meeting).containsExactly(first);
		assertThat(moves.kept()).containsExactly(second);
		assertThat(second.heldOn()).isEqualTo(MARCH.plusDays(1));
	}

	@Test
	void keepsTheDatesOfItsMeetingsWhenNotAskedOrWithoutNewDates() {
		Round notAsked = scheduled(false);
		RoundMeeting stays = meetingOf(notAsked, MARCH);
		assertThat(notAsked.postpone(MARCH.plusDays(28), null, "Venue unavailable", MARCH, List.of(stays), false)
			.kept()).containsExactly(stays);
		assertThat(stays.heldOn()).isEqualTo(MARCH);
		Round undated = scheduled(false);
		RoundMeeting waits = meetingOf(undated, MARCH);
		RoundMeeting noDay = meetingOf(undated, null);
		Round.MeetingMoves moves = undated.postpone(null, null, "Not all confirmed", MARCH, List.of(waits, noDay), true);
		assertThat(moves.moved()).isEmpty();
		assertThat(moves.kept()).as("a meeting without a day is neither moved nor kept").containsExactly(waits);
		assertThat(waits.heldOn()).isEqualTo(MARCH);
	}

	@Test
	void movesItsMeetingsFromTheLastPlannedStartWhenItHadNoDates() {
		Round round = scheduled(false);
		RoundMeeting meeting = meetingOf(round, MARCH.plusDays(1));
		round.postpone(null, null, "Not all confirmed", MARCH.minusDays(5), List.of(meeting), true);
		round.postpone(MARCH.plusDays(7), MARCH.plusDays(8), "Dates agreed", MARCH, List.of(meeting), true);
		assertThat(meeting.heldOn()).isEqualTo(MARCH.plusDays(8));
	}

	@Test
	void refusesToMoveAMeetingOfAnotherRound() {
		Round round = scheduled(false);
		RoundMeeting stranger = meetingOf(scheduled(false), MARCH);
		assertThatThrownBy(() -> round.postpone(MARCH.plusDays(7), null, "Dates agreed", MARCH, List.of(stranger), true))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aRefusedPostponementMovesNoMeeting() {
		Round round = scheduled(false);
		round.suspend("Security situation");
		RoundMeeting meeting = meetingOf(round, MARCH);
		assertThatThrownBy(() -> round.postpone(MARCH.plusDays(7), null, "Dates agreed", MARCH, List.of(meeting), true))
			.isInstanceOf(DeskException.Conflict.class);
		assertThat(meeting.heldOn()).isEqualTo(MARCH);
	}
}
