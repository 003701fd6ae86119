package org.mediationdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.documents.AuthorKind;
import org.mediationdesk.documents.DocumentDetail;
import org.mediationdesk.documents.DocumentDraft;
import org.mediationdesk.documents.DocumentKind;
import org.mediationdesk.documents.DocumentRegistry;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.Institution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The audit log as the administrator reads it: what happened in words of the reader's language, by name, about
 * an object named by its label and linked; narrowed by person, action, object and day; exported as CSV with only
 * what the reader may see; and every action the application records has its words.
 */
@IntegrationTest
class AuditPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DocumentRegistry documents;

	@Autowired
	JdbcClient jdbc;

	private DocumentDetail file(Viewer viewer, Audience audience) {
		return documents.file(viewer, new DocumentDraft("GID/AUDITPAGE/" + UUID.randomUUID().toString().substring(0, 8),
				"Audited", DocumentKind.DRAFT, AuthorKind.CO_CHAIRS, null, audience, LocalDate.now(), Map.of()));
	}

	private Document page(String address, Viewer viewer) throws Exception {
		return Jsoup.parse(mvc.perform(get(address).with(authentication(Fixtures.authentication(viewer))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void readsEntriesAsSentencesWithLabelsAndLinks() throws Exception {
		Viewer secretariat = fixtures.viewer(org.mediationdesk.identity.Role.SECRETARIAT, null, null);
		DocumentDetail filed = file(secretariat, Audience.everyone());
		Viewer admin = fixtures.viewer(org.mediationdesk.identity.Role.ADMIN, null, null);
		for (String language : List.of("en", "ru")) {
			Document page = page("/admin/audit?person=" + secretariat.username() + "&lang=" + language, admin);
			String row = page.select("#audit-entries tbody tr").first().text();
			assertThat(row).contains(language.equals("en") ? "Document filed" : "Регистрация документа")
				.contains("Test " + secretariat.username())
				.contains(filed.symbol())
				.doesNotContain("document.filed")
				.doesNotContain(filed.id().toString());
			assertThat(page.select("#audit-entries a[href=/documents/" + filed.id() + "]")).isNotEmpty();
		}
	}

	@Test
	void narrowsByPersonActionObjectAndDay() throws Exception {
		Viewer coChair = fixtures.viewer(org.mediationdesk.identity.Role.CO_CHAIR, Institution.EU, null);
		file(coChair, Audience.everyone());
		file(coChair, Audience.everyone());
		Viewer admin = fixtures.viewer(org.mediationdesk.identity.Role.ADMIN, null, null);
		String today = LocalDate.now(java.time.ZoneOffset.UTC).toString();
		String byPerson = "/admin/audit?person=" + coChair.username();
		assertThat(page(byPerson, admin).select("#audit-entries tbody tr")).hasSize(2);
		assertThat(page(byPerson + "&action=document.filed&object=document&from=" + today + "&to=" + today, admin)
			.select("#audit-entries tbody tr")).hasSize(2);
		assertThat(page(byPerson + "&action=document.revised", admin).select("#audit-entries tbody tr")).isEmpty();
		assertThat(page(byPerson + "&to=2001-01-01", admin).select("#audit-entries tbody tr")).isEmpty();
		// a day that does not read as one: kept as typed, said by its field, and left out of the filter
		Document refused = page(byPerson + "&from=yesterday", admin);
		assertThat(refused.select("#filter-from").attr("value")).isEqualTo("yesterday");
		assertThat(refused.select("#filter-from-problem")).isNotEmpty();
		assertThat(refused.select("#audit-entries tbody tr")).hasSize(2);
	}

	@Test
	void exportsWhatTheReaderMaySeeAsCsv() throws Exception {
		Viewer ge = fixtures.viewer(org.mediationdesk.identity.Role.SECRETARIAT, null, null);
		DocumentDetail hidden = file(ge, Audience.coChairs());
		DocumentDetail seen = file(ge, Audience.everyone());
		Viewer admin = fixtures.viewer(org.mediationdesk.identity.Role.ADMIN, null, null);
		var response = mvc.perform(get("/admin/audit/export?person=" + ge.username() + "&lang=ru")
			.with(authentication(Fixtures.authentication(admin)))).andReturn().getResponse();
		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeader("Content-Disposition")).contains("audit-log.csv");
		String csv = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().toList()).hasSize(2);
		assertThat(csv).contains(seen.symbol()).contains("Регистрация документа").contains("\"document.filed\"")
			.doesNotContain(hidden.symbol()).doesNotContain(hidden.id().toString());
		for (Viewer other : List.of(ge, fixtures.viewer(org.mediationdesk.identity.Role.PARTICIPANT, null, "GE"), fixtures.viewer(org.mediationdesk.identity.Role.CO_CHAIR, Institution.UN, null))) {
			assertThat(mvc.perform(get("/admin/audit/export").with(authentication(Fixtures.authentication(other))))
				.andReturn().getResponse().getStatus()).isEqualTo(404);
		}
	}

	@Test
	void everyActionRecordedHasItsWords() {
		Set<String> known = Set.of(AuditReading.ACTIONS.split(" "));
		Set<String> recorded = new TreeSet<>(jdbc.sql("SELECT DISTINCT action FROM audit_entry").query(String.class).list());
		assertThat(recorded).as("actions of the log without words in AuditReading.ACTIONS and the bundles")
			.isSubsetOf(known);
	}
}
