package org.mediationdesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mediationdesk.ModuleTestDatabase;
import org.mediationdesk.ProcessFiles;
import org.mediationdesk.TestDatabase;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.shared.Institution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;

/**
 * The process module alone (with the modules it uses) publishes one past-tense event for each thing that
 * happens to a round, carrying what a listener needs. {@code shared} (the clock) and {@code identity} (whose
 * accounts the test fixtures open) are modules the process uses only as types, so they are named here.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
		extraIncludes = { "shared", "identity" }, webEnvironment = org.springframework.boot.test.context.SpringBootTest.WebEnvironment.NONE)
@ExtendWith(TestDatabase.class)
@ContextConfiguration(initializers = ModuleTestDatabase.class)
class RoundEventsIntegrationTests {

	private static final Viewer CO_CHAIR = new Viewer(UUID.randomUUID(), "cc-module", Role.CO_CHAIR, Institution.UN,
			null);

	@Autowired
	RoundRecord record;

	@Autowired
	org.mediationdesk.process.RoundManagement roundManagement;

	@Autowired
	org.mediationdesk.process.ProcessRecordFile recordFile;

	@Autowired
	ParticipantDirectory directory;

	@BeforeEach
	void recordsAProcess() {
		directory.loadReferenceDirectory();
		if (record.process().isEmpty()) {
			recordFile.load(ProcessFiles.oneItem("MT", "Module test talks"));
		}
	}

	@Test
	void publishesRoundConvenedWithTheNextNumberAndItsDates(Scenario scenario) {
		int next = record.timeline(0).total() == 0 ? 1 : record.timeline(0).items().get(0).number() + 1;
		scenario.stimulate(() -> roundManagement.convene(CO_CHAIR, LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 3), null, true))
			.andWaitForEventOfType(RoundConvened.class)
			.matchingMappedValue(RoundConvened::number, next)
			.toArriveAndVerify((event, round) -> {
				assertThat(event.startDate()).isEqualTo(LocalDate.of(2027, 3, 2));
				assertThat(event.endDate()).isEqualTo(LocalDate.of(2027, 3, 3));
				assertThat(event.venue()).isEqualTo("Geneva");
				assertThat(event.pendingConfirmation()).isTrue();
				assertThat(event.actor()).isEqualTo("cc-module");
				assertThat(event.action()).isEqualTo("round.convened");
				assertThat(round.number()).isEqualTo(next);
			});
	}

	@Test
	void publishesRoundPostponedWithTheDatesGivenUpAndTheNewOnes(Scenario scenario) {
		int number = roundManagement.convene(CO_CHAIR, LocalDate.of(2027, 4, 6), null, null, false).number();
		scenario.stimulate(() -> roundManagement.postpone(CO_CHAIR, number, LocalDate.of(2027, 5, 11), null, "Not all confirmed"))
			.andWaitForEventOfType(RoundPostponed.class)
			.matchingMappedValue(RoundPostponed::number, number)
			.toArriveAndVerify(event -> {
				assertThat(event.previousStart()).isEqualTo(LocalDate.of(2027, 4, 6));
				assertThat(event.newStart()).isEqualTo(LocalDate.of(2027, 5, 11));
				assertThat(event.newEnd()).isEqualTo(LocalDate.of(2027, 5, 11));
				assertThat(event.status()).isEqualTo(RoundStatus.SCHEDULED);
				assertThat(event.reason()).isEqualTo("Not all confirmed");
			});
		scenario.stimulate(() -> roundManagement.postpone(CO_CHAIR, number, null, null, "Dates to be agreed"))
			.andWaitForEventOfType(RoundPostponed.class)
			.matching(event -> event.number() == number && event.newStart() == null)
			.toArriveAndVerify(event -> assertThat(event.status()).isEqualTo(RoundStatus.POSTPONED));
	}

	@Test
	void publishesRoundTextsEditedWithTheLanguagesThatChanged(Scenario scenario) {
		int number = roundManagement.convene(CO_CHAIR, LocalDate.of(2027, 9, 7), null, null, false).number();
		scenario.stimulate(() -> roundManagement.editPublicTexts(CO_CHAIR, number,
				new org.mediationdesk.shared.Localized("Convened for September.", null, "სექტემბრისთვის."), null))
			.andWaitForEventOfType(RoundTextsEdited.class)
			.matchingMappedValue(RoundTextsEdited::number, number)
			.toArriveAndVerify(event -> assertThat(event.languages()).containsExactly("en", "ka"));
	}

	@Test
	void publishesRoundStatusChangedWithTheNewStatus(Scenario scenario) {
		int number = roundManagement.convene(CO_CHAIR, LocalDate.now(java.time.ZoneOffset.UTC), null, null, true).number();
		scenario.stimulate(() -> roundManagement.change(CO_CHAIR, number, RoundAction.CONFIRM, null))
			.andWaitForEventOfType(RoundStatusChanged.class)
			.matchingMappedValue(RoundStatusChanged::number, number)
			.toArriveAndVerify(event -> {
				assertThat(event.change()).isEqualTo(RoundAction.CONFIRM);
				assertThat(event.status()).isEqualTo(RoundStatus.SCHEDULED);
				assertThat(event.pendingConfirmation()).isFalse();
				assertThat(event.action()).isEqualTo("round.confirmation_changed");
			});
		scenario.stimulate(() -> roundManagement.change(CO_CHAIR, number, RoundAction.MARK_HELD, null))
			.andWaitForEventOfType(RoundStatusChanged.class)
			.matching(event -> event.number() == number && event.change() == RoundAction.MARK_HELD)
			.toArriveAndVerify(event -> {
				assertThat(event.status()).isEqualTo(RoundStatus.HELD);
				assertThat(event.action()).isEqualTo("round.held");
			});
		scenario.stimulate(() -> roundManagement.change(CO_CHAIR, number, RoundAction.RECORD_COLLAPSE, "One side left"))
			.andWaitForEventOfType(RoundStatusChanged.class)
			.matching(event -> event.number() == number && event.change() == RoundAction.RECORD_COLLAPSE)
			.toArriveAndVerify(event -> {
				assertThat(event.status()).isEqualTo(RoundStatus.COLLAPSED);
				assertThat(event.reason()).isEqualTo("One side left");
				assertThat(event.action()).isEqualTo("round.collapsed");
			});
	}

	@Test
	void publishesMeetingAddedWithItsIdAndKindButNotWhoWasInvited(Scenario scenario) {
		int number = roundManagement.convene(CO_CHAIR, LocalDate.of(2027, 7, 6), null, null, false).number();
		scenario.stimulate(() -> roundManagement.addMeeting(CO_CHAIR, number, new NewMeeting(MeetingKind.INFORMATION_SESSION,
				"Water", LocalDate.of(2027, 7, 6), null, null, null, List.of("GE", "AB"))))
			.andWaitForEventOfType(MeetingAdded.class)
			.matchingMappedValue(MeetingAdded::number, number)
			.toArriveAndVerify((event, meeting) -> {
				assertThat(event.meetingId()).isEqualTo(meeting.id());
				assertThat(event.kind()).isEqualTo(MeetingKind.INFORMATION_SESSION);
				assertThat(event.heldOn()).isEqualTo(LocalDate.of(2027, 7, 6));
				assertThat(event.audience().kind()).isEqualTo(org.mediationdesk.confidentiality.AudienceKind.PUBLIC);
				assertThat(event.action()).isEqualTo("round.meeting_added");
			});
	}

	@Test
	void publishesTheOutcomeOfAnAgendaItemAndADecisionOfAHeldRound(Scenario scenario) {
		int number = roundManagement.convene(CO_CHAIR, LocalDate.now(java.time.ZoneOffset.UTC), null, null, false).number();
		roundManagement.change(CO_CHAIR, number, RoundAction.MARK_HELD, null);
		scenario.stimulate(() -> roundManagement.recordOutcome(CO_CHAIR, number, "IDP", AgendaOutcomeKind.DISCUSSED))
			.andWaitForEventOfType(AgendaOutcomeRecorded.class)
			.matchingMappedValue(AgendaOutcomeRecorded::number, number)
			.toArriveAndVerify(event -> {
				assertThat(event.itemCode()).isEqualTo("IDP");
				assertThat(event.outcome()).isEqualTo(AgendaOutcomeKind.DISCUSSED);
			});
		scenario.stimulate(() -> roundManagement.recordDecision(CO_CHAIR, number, "The next round meets in October", null,
				LocalDate.of(2027, 8, 4)))
			.andWaitForEventOfType(DecisionRecorded.class)
			.matchingMappedValue(DecisionRecorded::number, number)
			.toArriveAndVerify(event -> {
				assertThat(event.status()).isEqualTo(DecisionStatus.AGREED);
				assertThat(event.decidedOn()).isEqualTo(LocalDate.of(2027, 8, 4));
				assertThat(event.action()).isEqualTo("round.decision_recorded");
			});
	}

	@Test
	void publishesMeetingChangedWithTheDayBeforeAndAfter(Scenario scenario) {
		LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
		int number = roundManagement.convene(CO_CHAIR, today.plusDays(5), today.plusDays(6), null, false).number();
		MeetingView session = roundManagement.addMeeting(CO_CHAIR, number, new NewMeeting(MeetingKind.INFORMATION_SESSION,
				"Water", today.plusDays(5), null, null, null, List.of("GE", "AB")));
		scenario.stimulate(() -> roundManagement.changeMeeting(CO_CHAIR, number, session.id(), new NewMeeting(
				MeetingKind.INFORMATION_SESSION, "Water", today.plusDays(6), null, null, null, List.of("GE", "AB"))))
			.andWaitForEventOfType(MeetingChanged.class)
			.matchingMappedValue(MeetingChanged::meetingId, session.id())
			.toArriveAndVerify(event -> {
				assertThat(event.previousDay()).isEqualTo(today.plusDays(5));
				assertThat(event.heldOn()).isEqualTo(today.plusDays(6));
				assertThat(event.movedWithRound()).isFalse();
				assertThat(event.audience().kind()).isEqualTo(org.mediationdesk.confidentiality.AudienceKind.PUBLIC);
				assertThat(event.action()).isEqualTo("round.meeting_changed");
			});
		scenario.stimulate(() -> roundManagement.postpone(CO_CHAIR, number, today.plusDays(8), today.plusDays(9), "Later", true))
			.andWaitForEventOfType(MeetingChanged.class)
			.matching(event -> event.meetingId().equals(session.id()) && event.movedWithRound())
			.toArriveAndVerify(event -> assertThat(event.heldOn()).isEqualTo(today.plusDays(9)));
	}

	@Test
	void publishesMeetingRemoved(Scenario scenario) {
		LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
		int number = roundManagement.convene(CO_CHAIR, today.plusDays(5), null, null, false).number();
		MeetingView visit = roundManagement.addMeeting(CO_CHAIR, number, new NewMeeting(MeetingKind.SHUTTLE_VISIT, "Sukhum(i)",
				today.plusDays(5), null, null, null, List.of("AB")));
		scenario.stimulate(() -> roundManagement.removeMeeting(CO_CHAIR, number, visit.id()))
			.andWaitForEventOfType(MeetingRemoved.class)
			.matchingMappedValue(MeetingRemoved::meetingId, visit.id())
			.toArriveAndVerify(event -> {
				assertThat(event.number()).isEqualTo(number);
				assertThat(event.kind()).isEqualTo(MeetingKind.SHUTTLE_VISIT);
				assertThat(event.action()).isEqualTo("round.meeting_removed");
			});
	}
}
