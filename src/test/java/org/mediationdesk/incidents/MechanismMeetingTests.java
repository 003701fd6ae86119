package org.mediationdesk.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Localized;

class MechanismMeetingTests {

	private static final LocalDate DAY = LocalDate.of(2026, 12, 17);

	private static MechanismMeeting scheduled() {
		return MechanismMeeting.schedule(UUID.randomUUID(), 123, new NewMechanismMeeting(MechanismMeetingKind.REGULAR, DAY,
				null, "Ergneti", List.of("Access to irrigation water")));
	}

	@Test
	void offersTheAgendaFirstThenJointVisitsAndTheClose() {
		MechanismMeeting meeting = scheduled();
		assertThat(meeting.availableActions()).containsExactlyInAnyOrder(MeetingAction.ADOPT_AGENDA, MeetingAction.CLOSE,
				MeetingAction.POSTPONE, MeetingAction.CALL_OFF);
		meeting.adoptAgenda("secretariat", Instant.parse("2026-12-17T09:00:00Z"));
		assertThat(meeting.availableActions()).containsExactlyInAnyOrder(MeetingAction.AGREE_JOINT_VISIT,
				MeetingAction.CLOSE);
		meeting.agreeJointVisit(new JointVisit("Khurvaleti", "To see the new fence"));
		meeting.close(MeetingOutcome.HELD, DAY.plusDays(30), Localized.english("The meeting was held."), null);
		assertThat(meeting.outcome()).isEqualTo(MeetingOutcome.HELD);
		assertThat(meeting.nextOn()).isEqualTo(DAY.plusDays(30));
		assertThat(meeting.jointVisits()).extracting(JointVisit::place).containsExactly("Khurvaleti");
		assertThat(meeting.availableActions()).isEmpty();
		assertThat(meeting.agenda()).containsExactly("Access to irrigation water");
	}

	@Test
	void refusesAJointVisitBeforeTheAgendaIsAdoptedNamingTheState() {
		assertThatThrownBy(() -> scheduled().agreeJointVisit(new JointVisit("Odzisi", "Crossing point")))
			.isInstanceOf(DeskException.Conflict.class)
			.hasMessage("mechanisms.actionNotAvailable")
			.satisfies(e -> assertThat(((DeskException) e).arguments()).containsExactly("AGREE_JOINT_VISIT", "SCHEDULED"));
	}

	@Test
	void closesAsNotConcludedWithoutAnAdoptedAgendaButNotAsHeld() {
		MechanismMeeting meeting = scheduled();
		assertThatThrownBy(() -> meeting.close(MeetingOutcome.HELD, null, null, null))
			.isInstanceOf(DeskException.Conflict.class).hasMessage("mechanisms.agendaNotAdopted");
		meeting.close(MeetingOutcome.NOT_CONCLUDED, null, Localized.english("It could not be concluded."), null);
		assertThat(meeting.outcome()).isEqualTo(MeetingOutcome.NOT_CONCLUDED);
		assertThat(meeting.agendaAdoptedAt()).isNull();
	}

	@Test
	void refusesToCloseWithAnOutcomeOfAMeetingThatDidNotMeetOrANextDateBeforeIt() {
		MechanismMeeting meeting = scheduled();
		meeting.adoptAgenda("secretariat", Instant.parse("2026-12-17T09:00:00Z"));
		assertThatThrownBy(() -> meeting.close(MeetingOutcome.POSTPONED, null, null, null))
			.isInstanceOf(DeskException.Invalid.class).hasMessage("mechanisms.closeOutcome");
		assertThatThrownBy(() -> meeting.close(MeetingOutcome.HELD, DAY, null, null))
			.isInstanceOf(DeskException.Invalid.class).hasMessage("mechanisms.nextBeforeMeeting");
		assertThatThrownBy(meeting::postpone).isInstanceOf(DeskException.Conflict.class);
	}

	@Test
	void isPostponedOrNotHeldOnlyBeforeItBegins() {
		MechanismMeeting postponed = scheduled();
		postponed.postpone();
		assertThat(postponed.outcome()).isEqualTo(MeetingOutcome.POSTPONED);
		assertThatThrownBy(postponed::callOff).isInstanceOf(DeskException.Conflict.class);
		MechanismMeeting calledOff = scheduled();
		calledOff.callOff();
		assertThat(calledOff.outcome()).isEqualTo(MeetingOutcome.NOT_HELD);
	}

	@Test
	void refusesAnIncompleteJointVisitAndADayPrecisionFinerThanADay() {
		MechanismMeeting meeting = scheduled();
		meeting.adoptAgenda("secretariat", Instant.parse("2026-12-17T09:00:00Z"));
		assertThatThrownBy(() -> meeting.agreeJointVisit(new JointVisit("Odzisi", " ")))
			.isInstanceOf(DeskException.Invalid.class).hasMessage("mechanisms.jointVisitIncomplete");
		assertThatThrownBy(() -> MechanismMeeting.schedule(UUID.randomUUID(), 1, new NewMechanismMeeting(
				MechanismMeetingKind.TECHNICAL, DAY, TimePrecision.EXACT, null, List.of())))
			.isInstanceOf(DeskException.Invalid.class).hasMessage("mechanisms.datePrecision");
	}
}
