package org.mediationdesk.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Several sources' accounts of the same round, side by side, each to its own audience. */
@IntegrationTest
class StatementsIntegrationTests {

	@Autowired
	Statements accounts;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void keepsTwoContestedAccountsOfTheFirstRound() {
		assertThat(accounts.forRound(Viewer.anonymous(), 1, LanguageCode.EN))
			.as("some of them say who left, which the public record does not")
			.isEmpty();
		List<StatementView> first = accounts.forRound(fixtures.participant("US"), 1, LanguageCode.EN)
			.stream()
			.filter(account -> account.sourceKind() == SourceKind.PRESS)
			.toList();
		assertThat(first).hasSizeGreaterThanOrEqualTo(2);
		assertThat(first).extracting(StatementView::outlet).doesNotHaveDuplicates();
		assertThat(first).allMatch(account -> account.summary() != null && !account.summary().isBlank());
	}

	@Test
	void showsAStatementConfidedToTheCoChairsOnlyToThemAndItsGroup() {
		Viewer ge = fixtures.participant("GE");
		StatementView recorded = accounts.record(ge, 2, new NewStatement(SourceKind.PRESS, null, "Participants from Tbilisi",
				LocalDate.of(2008, 11, 20), null, "Our own view of the second round.",
				Audience.groupAndCoChairs(ge.groupId())));
		assertThat(recorded.sourceKind()).as("a participant records their own group's statement")
			.isEqualTo(SourceKind.PARTICIPANT_GROUP);
		assertThat(accounts.forRound(ge, 2, LanguageCode.EN)).extracting(StatementView::id).contains(recorded.id());
		assertThat(accounts.forRound(fixtures.coChair(Institution.OSCE), 2, LanguageCode.EN)).extracting(StatementView::id)
			.contains(recorded.id());
		for (Viewer other : new Viewer[] { fixtures.participant("RU"), Viewer.anonymous(), fixtures.admin() }) {
			assertThat(accounts.forRound(other, 2, LanguageCode.EN)).extracting(StatementView::id)
				.doesNotContain(recorded.id());
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'account-of-event.recorded' AND object_id = :id")
			.param("id", recorded.id().toString()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void refusesAudiencesAndSourcesTheRecorderMayNotUse() {
		Viewer ru = fixtures.participant("RU");
		assertThatThrownBy(() -> accounts.record(ru, 3, new NewStatement(SourceKind.PARTICIPANT_GROUP, null, "x", null, null,
				"y", Audience.everyone()))).hasMessage("document.audienceNotAllowed");
		assertThatThrownBy(() -> accounts.record(fixtures.secretariat(), 3, new NewStatement(SourceKind.PRESS, null, "Outlet",
				null, "javascript:alert(1)", "y", Audience.everyone()))).hasMessage("account.urlInvalid");
		assertThatThrownBy(() -> accounts.record(fixtures.admin(), 3, new NewStatement(SourceKind.PRESS, null, "Outlet",
				null, null, "y", Audience.everyone()))).isInstanceOf(org.mediationdesk.shared.DeskException.NotFound.class);
	}

	@Test
	void showsTheAccountsSideBySideAndRecordsOneFromTheForm() throws Exception {
		Viewer coChair = fixtures.coChair(Institution.EU);
		String page = mvc.perform(get("/rounds/1/accounts").with(authentication(Fixtures.authentication(coChair))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.split("class=\"card h-100\"", -1)).hasSizeGreaterThanOrEqualTo(3);
		mvc.perform(post("/rounds/4/accounts").with(csrf()).with(authentication(Fixtures.authentication(coChair)))
			.param("sourceKind", "CO_CHAIRS")
			.param("outlet", "Co-chairs' press communiqué")
			.param("summary", "The co-chairs welcomed the agreement on incident mechanisms.")
			.param("audience", "PUBLIC")).andExpect(status().is3xxRedirection());
		assertThat(mvc.perform(get("/rounds/4/accounts")).andReturn().getResponse().getContentAsString())
			.contains("welcomed the agreement on incident mechanisms");
	}
}
