package org.mediationdesk.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mediationdesk.ModuleTestDatabase;
import org.mediationdesk.ProcessFiles;
import org.mediationdesk.TestDatabase;
import org.mediationdesk.commitments.CommitmentEvent.CommitmentProgressed;
import org.mediationdesk.commitments.CommitmentEvent.CommitmentReadingGiven;
import org.mediationdesk.commitments.CommitmentEvent.CommitmentRecorded;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.process.ProcessRecordFile;
import org.mediationdesk.process.RoundManagement;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;

/**
 * The commitments module with what it uses records commitments, their steps and the sides' readings, publishing an
 * event for each under the commitment's audience (a step kept from the public: for the participants at most), and
 * shows each viewer only what the access policy lets them see.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = { "shared", "identity" },
		webEnvironment = org.springframework.boot.test.context.SpringBootTest.WebEnvironment.NONE)
@ExtendWith(TestDatabase.class)
@ContextConfiguration(initializers = ModuleTestDatabase.class)
class CommitmentEventsIntegrationTests {

	private static final Viewer CO_CHAIR = new Viewer(UUID.randomUUID(), "cc-commitments", Role.CO_CHAIR, Institution.EU,
			null);

	@Autowired
	Commitments commitments;

	@Autowired
	CommitmentViews views;

	@Autowired
	ParticipantDirectory directory;

	@Autowired
	RoundRecord record;

	@Autowired
	RoundManagement rounds;

	@Autowired
	ProcessRecordFile recordFile;

	private Viewer tbilisi;
	private Viewer moscow;
	private int first;

	@BeforeEach
	void recordsAProcessWithTwoRounds() {
		directory.loadReferenceDirectory();
		if (record.process().isEmpty()) {
			recordFile.load(ProcessFiles.oneItem("CM", "Commitments module talks"));
		}
		first = rounds.convene(CO_CHAIR, LocalDate.of(2027, 3, 2), null, null, false).number();
		rounds.convene(CO_CHAIR, LocalDate.of(2027, 6, 2), null, null, false);
		tbilisi = participant("GE");
		moscow = participant("RU");
	}

	private Viewer participant(String group) {
		return new Viewer(UUID.randomUUID(), "commitments-" + group, Role.PARTICIPANT, null,
				directory.groupByCode(group).orElseThrow().id());
	}

	private NewCommitment commitment(Audience audience) {
		return new NewCommitment("Freedom of movement at the crossings", null, null,
				"The crossings are kept open for residents.", null, null, new Makers(List.of("GE", "SO"), false, null),
				new CommitmentSource(SourceKind.ROUND_DECISION, first, null, null), audience,
				new NewProgress(first, CommitmentStatus.RAISED, "The question was raised.", null, null));
	}

	@Test
	void publishesCommitmentRecordedUnderItsAudience(Scenario scenario) {
		scenario.stimulate(() -> commitments.record(CO_CHAIR, commitment(Audience.everyone()), LanguageCode.EN))
			.andWaitForEventOfType(CommitmentRecorded.class)
			.toArriveAndVerify((event, view) -> {
				assertThat(event.commitment()).isEqualTo(view.id());
				assertThat(event.round()).isEqualTo(first);
				assertThat(event.status()).isEqualTo(CommitmentStatus.RAISED);
				assertThat(event.audience()).isEqualTo(Audience.everyone());
				assertThat(event.action()).isEqualTo("commitment.recorded");
				assertThat(view.makers().groups()).containsExactly("GE", "SO");
			});
	}

	@Test
	void publishesAStepKeptFromThePublicForTheParticipantsAndHidesItFromThePublic(Scenario scenario) {
		CommitmentView made = commitments.record(CO_CHAIR, commitment(Audience.everyone()), LanguageCode.EN);
		scenario.stimulate(() -> commitments.progress(CO_CHAIR, made.id().toString(), new NewProgress(first + 1,
				CommitmentStatus.AGREED_PENDING_CONFIRMATION, "An understanding awaits confirmation.", null, null, true,
				null), LanguageCode.EN))
			.andWaitForEventOfType(CommitmentProgressed.class)
			.toArriveAndVerify(event -> {
				assertThat(event.audience()).isEqualTo(Audience.allParticipants());
				assertThat(event.toString()).doesNotContain("understanding");
			});
		assertThat(views.commitment(Viewer.anonymous(), made.id().toString(), LanguageCode.EN).status())
			.isEqualTo(CommitmentStatus.RAISED);
		assertThat(views.commitment(moscow, made.id().toString(), LanguageCode.EN).status())
			.isEqualTo(CommitmentStatus.AGREED_PENDING_CONFIRMATION);
	}

	@Test
	void publishesASidesReadingNamingTheGroupNotTheWords(Scenario scenario) {
		CommitmentView made = commitments.record(CO_CHAIR, commitment(Audience.allParticipants()), LanguageCode.EN);
		scenario.stimulate(() -> commitments.read(tbilisi, made.id().toString(),
				new NewReading("Our crossings stay open."), LanguageCode.EN))
			.andWaitForEventOfType(CommitmentReadingGiven.class)
			.toArriveAndVerify((event, view) -> {
				assertThat(event.group()).isEqualTo(tbilisi.groupId());
				assertThat(event.toString()).doesNotContain("crossings stay open");
				assertThat(view.readings()).extracting(CommitmentView.Reading::groupCode).containsExactly("GE");
			});
	}

	@Test
	void hidesAConfidentialCommitmentFromWhoeverMayNotSeeIt() {
		CommitmentView made = commitments.record(CO_CHAIR, commitment(Audience.groupAndCoChairs(tbilisi.groupId())),
				LanguageCode.EN);
		String id = made.id().toString();
		assertThat(views.commitment(tbilisi, id, LanguageCode.EN).id()).isEqualTo(made.id());
		for (Viewer outside : List.of(Viewer.anonymous(), moscow)) {
			assertThatThrownBy(() -> views.commitment(outside, id, LanguageCode.EN))
				.isInstanceOf(DeskException.NotFound.class);
			assertThat(views.list(outside, CommitmentFilter.none(), LanguageCode.EN))
				.extracting(CommitmentView::id).doesNotContain(made.id());
			assertThatThrownBy(() -> commitments.read(moscow, id, new NewReading("x"), LanguageCode.EN))
				.isInstanceOf(DeskException.NotFound.class);
		}
	}

	@Test
	void refusesAStepToParticipantsAndAnUnknownRound() {
		CommitmentView made = commitments.record(CO_CHAIR, commitment(Audience.everyone()), LanguageCode.EN);
		String id = made.id().toString();
		assertThatThrownBy(() -> commitments.progress(tbilisi, id, new NewProgress(first + 1, CommitmentStatus.AGREED,
				"n", null, null), LanguageCode.EN)).isInstanceOf(DeskException.NotFound.class);
		assertThatThrownBy(() -> commitments.progress(CO_CHAIR, id, new NewProgress(9999, CommitmentStatus.AGREED,
				"n", null, null), LanguageCode.EN)).hasFieldOrPropertyWithValue("code", "commitments.roundUnknown");
		assertThatThrownBy(() -> commitments.record(CO_CHAIR, new NewCommitment("t", null, null, "x", null, null,
				new Makers(List.of(), false, null), new CommitmentSource(SourceKind.ROUND_DECISION, first, null, null),
				Audience.everyone(), new NewProgress(first, CommitmentStatus.RAISED, "n", null, null)), LanguageCode.EN))
			.hasFieldOrPropertyWithValue("code", "commitments.makersRequired");
	}
}
