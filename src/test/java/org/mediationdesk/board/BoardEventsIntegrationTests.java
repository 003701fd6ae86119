package org.mediationdesk.board;

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
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceKind;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.process.MeetingKind;
import org.mediationdesk.process.MeetingView;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;

/**
 * The board module alone (with the modules it uses) publishes a {@link BoardEvent} for each change: the current
 * item for everyone in the talks, a request for the floor and the floor given for the group and the co-chairs.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
		// the board reaches the access policy through the process (who may see a meeting), not directly
		extraIncludes = { "shared", "identity", "confidentiality" },
		webEnvironment = org.springframework.boot.test.context.SpringBootTest.WebEnvironment.NONE)
@ExtendWith(TestDatabase.class)
@ContextConfiguration(initializers = ModuleTestDatabase.class)
class BoardEventsIntegrationTests {

	private static final Viewer SECRETARIAT = new Viewer(UUID.randomUUID(), "secretariat-board", Role.SECRETARIAT,
			null, null);

	@Autowired
	BoardCommands boards;

	@Autowired
	RoundRecord rounds;

	@Autowired
	org.mediationdesk.process.RoundManagement roundManagement;

	@Autowired
	org.mediationdesk.process.ProcessRecordFile recordFile;

	@Autowired
	ParticipantDirectory directory;

	MeetingView humanitarian;

	UUID georgia;

	@BeforeEach
	void convenesARound() {
		directory.loadReferenceDirectory();
		if (rounds.process().isEmpty()) {
			recordFile.load(ProcessFiles.oneItem("BT", "Board test talks"));
		}
		int number = roundManagement.convene(SECRETARIAT, LocalDate.of(2027, 3, 2), null, null, false).number();
		humanitarian = rounds.meetings(number)
			.stream()
			.filter(meeting -> meeting.kind() == MeetingKind.WORKING_GROUP_II)
			.findFirst()
			.orElseThrow();
		georgia = directory.groupByCode("GE").orElseThrow().id();
	}

	private Viewer participant() {
		return new Viewer(UUID.randomUUID(), "participant-board", Role.PARTICIPANT, null, georgia);
	}

	@Test
	void publishesCurrentItemSetForEveryoneInTheTalks(Scenario scenario) {
		scenario.stimulate(() -> boards.setCurrentItem(SECRETARIAT, humanitarian.id(), "IDP", LanguageCode.EN))
			.andWaitForEventOfType(BoardEvent.CurrentItemSet.class)
			.matchingMappedValue(BoardEvent.CurrentItemSet::meetingId, humanitarian.id())
			.toArriveAndVerify(event -> {
				assertThat(event.item()).isEqualTo("IDP");
				assertThat(event.actor()).isEqualTo("secretariat-board");
				assertThat(event.action()).isEqualTo("board.item-set");
				assertThat(event.audience().kind()).isEqualTo(AudienceKind.ALL_PARTICIPANTS);
			});
	}

	@Test
	void publishesFloorRequestedAndFloorGivenForTheGroupAndTheCoChairs(Scenario scenario) {
		boards.setCurrentItem(SECRETARIAT, humanitarian.id(), "IDP", LanguageCode.EN);
		scenario.stimulate(() -> boards.ask(participant(), humanitarian.id(), LanguageCode.EN))
			.andWaitForEventOfType(BoardEvent.FloorRequested.class)
			.matchingMappedValue(BoardEvent.FloorRequested::meetingId, humanitarian.id())
			.toArriveAndVerify(event -> {
				assertThat(event.groupId()).isEqualTo(georgia);
				assertThat(event.item()).isEqualTo("IDP");
				assertThat(event.audience()).isEqualTo(Audience.groupAndCoChairs(georgia));
			});
		scenario.stimulate(() -> boards.next(SECRETARIAT, humanitarian.id(), LanguageCode.EN))
			.andWaitForEventOfType(BoardEvent.FloorGiven.class)
			.matchingMappedValue(BoardEvent.FloorGiven::meetingId, humanitarian.id())
			.toArriveAndVerify(event -> {
				assertThat(event.groupId()).isEqualTo(georgia);
				assertThat(event.action()).isEqualTo("board.floor-given");
				assertThat(event.audience()).isEqualTo(Audience.groupAndCoChairs(georgia));
			});
	}

	@Test
	void publishesWithdrawalOrderAndClosing(Scenario scenario) {
		boards.setCurrentItem(SECRETARIAT, humanitarian.id(), "IDP", LanguageCode.EN);
		boards.ask(participant(), humanitarian.id(), LanguageCode.EN);
		scenario.stimulate(() -> boards.withdraw(participant(), humanitarian.id(), LanguageCode.EN))
			.andWaitForEventOfType(BoardEvent.FloorRequestWithdrawn.class)
			.matchingMappedValue(BoardEvent.FloorRequestWithdrawn::groupId, georgia)
			.toArrive();
		scenario.stimulate(() -> boards.order(SECRETARIAT, humanitarian.id(), List.of(), LanguageCode.EN))
			.andWaitForEventOfType(BoardEvent.SpeakersOrdered.class)
			.matchingMappedValue(BoardEvent.SpeakersOrdered::meetingId, humanitarian.id())
			.toArriveAndVerify(event -> assertThat(event.audience()).isEqualTo(Audience.coChairs()));
		scenario.stimulate(() -> boards.close(SECRETARIAT, humanitarian.id(), true, LanguageCode.EN))
			.andWaitForEventOfType(BoardEvent.SpeakersListClosed.class)
			.matchingMappedValue(BoardEvent.SpeakersListClosed::meetingId, humanitarian.id())
			.toArriveAndVerify(event -> assertThat(event.action()).isEqualTo("board.speakers-closed"));
	}
}
