package org.mediationdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mediationdesk.attendance.AttendanceKind;
import org.mediationdesk.attendance.AttendanceLine;
import org.mediationdesk.attendance.AttendanceRecord;
import org.mediationdesk.attendance.NewAttendance;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.process.AgendaOutcomeKind;
import org.mediationdesk.process.DecisionStatus;
import org.mediationdesk.process.RoundAction;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.process.RoundView;
import org.mediationdesk.process.MeetingKind;
import org.mediationdesk.process.MeetingView;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.statements.StatementView;
import org.mediationdesk.statements.Statements;
import org.mediationdesk.statements.NewStatement;
import org.mediationdesk.statements.SourceKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A round of talks from convening to its record: the co-chairs convene a round, both working groups meet,
 * the secretariat records attendance, a walkout during the item on displaced persons and a return, the
 * co-chairs record the outcome of each item and the date of the next round, and two sides give their own
 * accounts. Then the round is read as the public, as a participant and as a co-chair.
 */
@IntegrationTest
class RoundOfTalksScenarioIntegrationTests {

	@Autowired
	RoundRecord rounds;

	@Autowired
	org.mediationdesk.process.RoundManagement roundManagement;

	@Autowired
	AttendanceRecord attendance;

	@Autowired
	Statements accounts;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void aRoundOfTalks() throws Exception {
		Viewer coChair = fixtures.coChair(Institution.EU);
		Viewer secretariat = fixtures.secretariat();

		RoundView round = roundManagement.convene(coChair, LocalDate.now(java.time.ZoneOffset.UTC), LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1), null, false);
		int number = round.number();
		List<MeetingView> meetings = rounds.meetings(number);
		MeetingView security = meetings.stream().filter(s -> s.kind() == MeetingKind.WORKING_GROUP_I).findFirst().orElseThrow();
		MeetingView humanitarian = meetings.stream().filter(s -> s.kind() == MeetingKind.WORKING_GROUP_II).findFirst().orElseThrow();

		for (String code : List.of("GE", "RU", "US", "AB", "SO")) {
			GroupView group = fixtures.group(code);
			for (MeetingView meeting : List.of(security, humanitarian)) {
				attendance.record(secretariat, number, new NewAttendance(meeting.id(), group.id(), AttendanceKind.PRESENT,
						null, null, null));
			}
		}
		assertThat(attendance.equalRepresentation(coChair, number, LanguageCode.EN))
			.allSatisfy(check -> assertThat(check.alike()).isTrue());
		GroupView leaving = fixtures.group("AB");
		attendance.record(secretariat, number, new NewAttendance(humanitarian.id(), leaving.id(), AttendanceKind.WALKED_OUT,
				null, "IDP", "Will not discuss returns while a vote on them is pending elsewhere"));
		assertThat(attendance.equalRepresentation(coChair, number, LanguageCode.EN))
			.filteredOn(check -> check.meeting() == MeetingKind.WORKING_GROUP_II)
			.singleElement()
			.satisfies(check -> {
				assertThat(check.alike()).isFalse();
				assertThat(check.notSeated()).containsExactly("participants from Sukhum(i)");
			});
		assertThatThrownBy(() -> attendance.equalRepresentation(fixtures.participant("GE"), number, LanguageCode.EN))
			.isInstanceOf(org.mediationdesk.shared.DeskException.NotFound.class);
		attendance.record(secretariat, number, new NewAttendance(humanitarian.id(), leaving.id(), AttendanceKind.RETURNED,
				null, null, null));

		roundManagement.change(coChair, number, RoundAction.MARK_HELD, null);
		roundManagement.recordOutcome(coChair, number, "NUF-ISA", AgendaOutcomeKind.DISCUSSED);
		roundManagement.recordOutcome(coChair, number, "IDP", AgendaOutcomeKind.NOT_DISCUSSED_WALKOUT);
		roundManagement.recordDecision(coChair, number, "The participants agreed to hold the next round in March 2027.",
				DecisionStatus.PENDING_CONFIRMATION, LocalDate.of(2026, 12, 9));

		Viewer tbilisi = fixtures.participant("GE");
		Viewer moscow = fixtures.participant("RU");
		StatementView first = accounts.record(tbilisi, number, new NewStatement(SourceKind.PARTICIPANT_GROUP, null,
				"Statement of the participants from Tbilisi", LocalDate.of(2026, 12, 9), null,
				"The walkout once again kept the item on displaced persons from being discussed.",
				Audience.allParticipants()));
		StatementView second = accounts.record(moscow, number, new NewStatement(SourceKind.PARTICIPANT_GROUP, null,
				"Statement of the participants from Moscow", LocalDate.of(2026, 12, 9), null,
				"The item cannot be discussed while the matter is put to a vote elsewhere.", Audience.allParticipants()));

		// the public: what happened, never who or why
		List<AttendanceLine> publicRecord = attendance.forRound(Viewer.anonymous(), number, LanguageCode.EN);
		assertThat(publicRecord).extracting(AttendanceLine::kind).containsExactly(AttendanceKind.WALKED_OUT);
		assertThat(publicRecord).allMatch(line -> line.group() == null && line.statedReason() == null);
		String publicPage = mvc.perform(get("/rounds/{n}/attendance", number)).andReturn().getResponse().getContentAsString();
		assertThat(publicPage).contains("A walkout by some participants").doesNotContain("Sukhum");
		assertThat(accounts.forRound(Viewer.anonymous(), number, LanguageCode.EN)).isEmpty();

		// a participant: the two sides' accounts side by side, the attendance still unattributed
		assertThat(accounts.forRound(moscow, number, LanguageCode.EN)).extracting(StatementView::id)
			.containsExactlyInAnyOrder(first.id(), second.id());
		assertThat(attendance.forRound(tbilisi, number, LanguageCode.EN)).allMatch(line -> line.group() == null);

		// the co-chairs: attributed, with the stated reason
		List<AttendanceLine> inside = attendance.forRound(coChair, number, LanguageCode.EN);
		assertThat(inside).filteredOn(line -> line.kind() == AttendanceKind.WALKED_OUT).singleElement().satisfies(line -> {
			assertThat(line.group()).isEqualTo("participants from Sukhum(i)");
			assertThat(line.meeting()).isEqualTo(MeetingKind.WORKING_GROUP_II);
			assertThat(line.statedReason()).contains("vote");
		});

		// the round in the API, as a participant sees it
		mvc.perform(get("/api/v1/rounds/{n}", number).with(authentication(Fixtures.authentication(moscow))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("HELD"))
			.andExpect(jsonPath("$.outcomes[?(@.itemCode == 'IDP')].outcome").value("NOT_DISCUSSED_WALKOUT"))
			.andExpect(jsonPath("$.decisions[0].status").value("PENDING_CONFIRMATION"))
			.andExpect(jsonPath("$.meetings[*].kind").value(org.hamcrest.Matchers.hasItems("WORKING_GROUP_I", "WORKING_GROUP_II")))
			.andExpect(jsonPath("$.attendance[?(@.kind == 'WALKED_OUT')]").isNotEmpty())
			.andExpect(jsonPath("$.attendance[*].group").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue())))
			.andExpect(jsonPath("$.accounts.length()").value(2));
		// and as a co-chair: the walkout attributed
		mvc.perform(get("/api/v1/rounds/{n}", number).with(authentication(Fixtures.authentication(coChair))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.attendance[?(@.kind == 'WALKED_OUT')].group").value("participants from Sukhum(i)"));

		// the audit trail holds every step, the attributed ones under the co-chairs' audience
		List<String> trail = jdbc.sql("SELECT action FROM audit_entry WHERE (object_type = 'round' AND object_id = :n)"
				+ " OR (action LIKE 'attendance.%' AND detail = :detail) OR (action = 'account-of-event.recorded'"
				+ " AND detail = :detail) ORDER BY seq")
			.param("n", String.valueOf(number))
			.param("detail", "round " + number)
			.query(String.class)
			.list();
		assertThat(trail).startsWith("round.convened")
			.contains("attendance.present", "attendance.walked_out", "attendance.returned", "round.held",
					"round.outcome_recorded", "round.decision_recorded", "account-of-event.recorded");
		assertThat(trail).filteredOn("attendance.present"::equals).hasSize(10);
	}
}
