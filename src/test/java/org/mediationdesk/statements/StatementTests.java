package org.mediationdesk.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.process.ProcessFile;

/**
 * An account names a participant group only when a group gave it, and goes into a process record file with its
 * groups by code.
 */
class StatementTests {

	private static final UUID ROUND = UUID.randomUUID();
	private static final UUID GEORGIA = UUID.randomUUID();
	private static final Instant NOW = Instant.parse("2026-03-04T12:00:00Z");

	@Test
	void namesNoGroupForAPressReportEvenIfOneWasGiven() {
		Statement report = Statement.record(ROUND, new NewStatement(SourceKind.PRESS, GEORGIA, "Civil.ge",
				LocalDate.of(2026, 3, 4), "https://civil.ge/a", "The round ended.", Audience.everyone()), "secretariat", NOW);

		assertThat(report.groupId()).isNull();
		assertThat(report.roundId()).isEqualTo(ROUND);
		assertThat(report.view(null).sourceKind()).isEqualTo(SourceKind.PRESS);
	}

	@Test
	void keepsTheGroupAndAudienceOfAGroupsStatement() {
		Statement statement = Statement.record(ROUND, new NewStatement(SourceKind.PARTICIPANT_GROUP, GEORGIA, "MFA",
				null, null, "Our position.", Audience.groupAndCoChairs(GEORGIA)), "ge-1", NOW);

		assertThat(statement.groupId()).isEqualTo(GEORGIA);
		assertThat(statement.audience()).isEqualTo(Audience.groupAndCoChairs(GEORGIA));
		StatementView view = statement.view("participants from Tbilisi");
		assertThat(view.group()).isEqualTo("participants from Tbilisi");
		assertThat(view.summary()).isEqualTo("Our position.");
		assertThat(view.audience()).isEqualTo(Audience.groupAndCoChairs(GEORGIA));
	}

	@Test
	void goesIntoARecordFileWithItsGroupsByCode() {
		Statement statement = Statement.record(ROUND, new NewStatement(SourceKind.PARTICIPANT_GROUP, GEORGIA, "MFA",
				LocalDate.of(2026, 3, 4), null, "Our position.", Audience.groupOnly(GEORGIA)), "ge-1", NOW);

		ProcessFile.AccountEntry entry = statement.export(7, Map.of(GEORGIA, "GE"));

		assertThat(entry.round()).isEqualTo(7);
		assertThat(entry.sourceKind()).isEqualTo("PARTICIPANT_GROUP");
		assertThat(entry.group()).isEqualTo("GE");
		assertThat(entry.audience()).isEqualTo("GROUP_ONLY");
		assertThat(entry.audienceGroup()).isEqualTo("GE");
		assertThat(entry.published()).isEqualTo(LocalDate.of(2026, 3, 4));
	}

	@Test
	void goesIntoARecordFileWithoutGroupsWhereItNamesNone() {
		Statement report = Statement.record(ROUND, new NewStatement(SourceKind.CO_CHAIRS, null, "Co-chairs' press release",
				null, null, "The co-chairs met.", Audience.everyone()), "cc-un", NOW);

		ProcessFile.AccountEntry entry = report.export(3, Map.of(GEORGIA, "GE"));

		assertThat(entry.group()).isNull();
		assertThat(entry.audience()).isEqualTo("PUBLIC");
		assertThat(entry.audienceGroup()).isNull();
	}
}
