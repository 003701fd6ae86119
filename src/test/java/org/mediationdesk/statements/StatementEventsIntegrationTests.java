package org.mediationdesk.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mediationdesk.ModuleTestDatabase;
import org.mediationdesk.ProcessFiles;
import org.mediationdesk.TestDatabase;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.process.ProcessRecordFile;
import org.mediationdesk.process.RoundManagement;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;

/**
 * The statements module alone (with the modules it uses) publishes {@link StatementRecorded} for each account,
 * with its audience and never its words; a participant's account is always their own group's, and an account is
 * read only by its audience.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
		extraIncludes = { "shared", "identity" },
		webEnvironment = org.springframework.boot.test.context.SpringBootTest.WebEnvironment.NONE)
@ExtendWith(TestDatabase.class)
@ContextConfiguration(initializers = ModuleTestDatabase.class)
class StatementEventsIntegrationTests {

	private static final Viewer SECRETARIAT = new Viewer(UUID.randomUUID(), "secretariat-accounts", Role.SECRETARIAT,
			null, null);

	@Autowired
	Statements statements;

	@Autowired
	RoundRecord rounds;

	@Autowired
	RoundManagement management;

	@Autowired
	ProcessRecordFile recordFile;

	@Autowired
	ParticipantDirectory directory;

	private Viewer tbilisi;
	private Viewer moscow;
	private int number;

	@BeforeEach
	void convenesARound() {
		directory.loadReferenceDirectory();
		if (rounds.process().isEmpty()) {
			recordFile.load(ProcessFiles.oneItem("AT", "Accounts test talks"));
		}
		number = management.convene(SECRETARIAT, LocalDate.of(2027, 3, 2), null, null, false).number();
		tbilisi = new Viewer(UUID.randomUUID(), "ge-accounts", Role.PARTICIPANT, null,
				directory.groupByCode("GE").orElseThrow().id());
		moscow = new Viewer(UUID.randomUUID(), "ru-accounts", Role.PARTICIPANT, null,
				directory.groupByCode("RU").orElseThrow().id());
	}

	@Test
	void publishesStatementRecordedWithItsAudienceButNotItsWords(Scenario scenario) {
		scenario.stimulate(() -> statements.record(SECRETARIAT, number, new NewStatement(SourceKind.PRESS, null,
				"Civil.ge", LocalDate.of(2027, 3, 3), "https://civil.ge/archives/1", "The round ended without a date.",
				Audience.everyone())))
			.andWaitForEventOfType(StatementRecorded.class)
			.matchingMappedValue(StatementRecorded::roundNumber, number)
			.toArriveAndVerify((event, recorded) -> {
				assertThat(event.statementId()).isEqualTo(recorded.id());
				assertThat(event.sourceKind()).isEqualTo(SourceKind.PRESS);
				assertThat(event.audience()).isEqualTo(Audience.everyone());
				assertThat(event.action()).isEqualTo("account-of-event.recorded");
				assertThat(event.detail()).isEqualTo("round " + number);
				assertThat(event.toString()).doesNotContain("without a date", "Civil.ge");
			});
		assertThat(statements.forRound(Viewer.anonymous(), number, LanguageCode.EN)).extracting(StatementView::outlet)
			.containsExactly("Civil.ge");
	}

	@Test
	void recordsAParticipantsAccountAsTheirOwnGroupsAndShowsItOnlyToItsAudience(Scenario scenario) {
		scenario.stimulate(() -> statements.record(tbilisi, number, new NewStatement(SourceKind.PRESS,
				moscow.groupId(), "  Ministry of Foreign Affairs ", null, null, "Our reading of the round.",
				Audience.groupOnly(tbilisi.groupId()))))
			.andWaitForEventOfType(StatementRecorded.class)
			.matchingMappedValue(StatementRecorded::roundNumber, number)
			.toArriveAndVerify((event, recorded) -> {
				assertThat(event.sourceKind()).as("a participant speaks for their own group only")
					.isEqualTo(SourceKind.PARTICIPANT_GROUP);
				assertThat(event.audience()).isEqualTo(Audience.groupOnly(tbilisi.groupId()));
				assertThat(recorded.group()).isEqualTo(directory.groupByCode("GE").orElseThrow().label());
				assertThat(recorded.outlet()).isEqualTo("Ministry of Foreign Affairs");
			});
		assertThat(statements.forRound(tbilisi, number, LanguageCode.EN)).hasSize(1);
		assertThat(statements.forRound(moscow, number, LanguageCode.EN)).isEmpty();
		assertThat(statements.forRound(SECRETARIAT, number, LanguageCode.EN)).as("a group's private space")
			.isEmpty();
		assertThat(statements.forRound(Viewer.anonymous(), number, LanguageCode.EN)).isEmpty();
	}

	@Test
	void refusesAnAccountForAnAudienceTheViewerMayNotGiveAndPublishesNothing(
			org.springframework.modulith.test.AssertablePublishedEvents events) {
		assertThatThrownBy(() -> statements.record(tbilisi, number, new NewStatement(SourceKind.PARTICIPANT_GROUP,
				null, "MFA", null, null, "Text.", Audience.groupOnly(moscow.groupId()))))
			.isInstanceOfSatisfying(DeskException.Invalid.class,
					refused -> assertThat(refused.code()).isEqualTo("document.audienceNotAllowed"));
		assertThatThrownBy(() -> statements.record(Viewer.anonymous(), number, new NewStatement(SourceKind.PRESS, null,
				"Outlet", null, null, "Text.", Audience.everyone())))
			.isInstanceOf(DeskException.NotFound.class);
		assertThat(events.ofType(StatementRecorded.class)).isEmpty();
	}
}
