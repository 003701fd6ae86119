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

	@Autowired
	org.mediationdesk.texts.NegotiatingTexts texts;

	@Autowired
	org.mediationdesk.process.RoundManagement roundManagement;

	@Autowired
	org.mediationdesk.process.RoundRecord rounds;

	@Autowired
	org.mediationdesk.attendance.AttendanceRecord attendance;

	/**
	 * The administrator keeps the chain: an entry about something the administrator may not see (a wording of a
	 * private draft, a group's stance, a walkout and its reason) is on the page with its time and hash, and nothing
	 * else: no wording, no stance, no reason, no text, no group, nobody's name; a filter by person leaves it out.
	 */
	@Test
	void showsTheAdministratorThatHiddenWorkHappenedAndWhenWithoutItsContent() throws Exception {
		Viewer admin = fixtures.admin();
		Viewer coChair = fixtures.coChair(Institution.OSCE);
		Viewer tbilisi = fixtures.participant("GE");
		long lastBefore = page("/admin/audit", admin).select("#audit-entries tbody tr").stream()
			.mapToLong(row -> Long.parseLong(row.attr("data-seq"))).max().orElse(0);

		String symbol = "GID/HIDDEN/" + UUID.randomUUID().toString().substring(0, 6);
		UUID text = texts.create(coChair, new org.mediationdesk.texts.NegotiatingTexts.NewText(symbol,
				"Withheld heading", null, null, Audience.allParticipants(), List.of("GE"))).id();
		String eId = texts.addProvision(coChair, text);
		UUID wording = texts.propose(coChair, text, eId, new org.mediationdesk.texts.NegotiatingTexts.NewWording(
				"Secret wording on crossings", null, null, false));
		texts.share(coChair, text, null);
		texts.state(tbilisi, text, wording, org.mediationdesk.texts.StanceKind.RESERVE, "Stance comment kept private");
		int number = roundManagement.convene(coChair, LocalDate.now(java.time.ZoneOffset.UTC), null, null, false).number();
		UUID meeting = rounds.meetings(number).get(0).id();
		attendance.record(coChair, number, new org.mediationdesk.attendance.NewAttendance(meeting, tbilisi.groupId(),
				org.mediationdesk.attendance.AttendanceKind.PRESENT, null, null, null));
		attendance.record(coChair, number, new org.mediationdesk.attendance.NewAttendance(meeting, tbilisi.groupId(),
				org.mediationdesk.attendance.AttendanceKind.WALKED_OUT, null, null, "Walkout reason kept private"));

		Document page = page("/admin/audit", admin);
		List<org.jsoup.nodes.Element> withheld = page.select("#audit-entries tbody tr.audit-withheld").stream()
			.filter(row -> Long.parseLong(row.attr("data-seq")) > lastBefore).toList();
		assertThat(withheld).as("each hidden entry keeps its place").hasSizeGreaterThanOrEqualTo(5);
		for (org.jsoup.nodes.Element row : withheld) {
			assertThat(row.selectFirst("time").attr("datetime")).as("when").isNotBlank();
			assertThat(row.text()).contains("Not shown", "An entry about something you may not see")
				.doesNotContain(coChair.username()).doesNotContain(tbilisi.username());
			assertThat(row.select("a")).as("no link to what it concerns").isEmpty();
		}
		String html = page.html();
		assertThat(html).doesNotContain("Secret wording").doesNotContain("Stance comment kept private")
			.doesNotContain("RESERVE").doesNotContain("Walkout reason kept private").doesNotContain(symbol)
			.doesNotContain(text.toString()).doesNotContain("Withheld heading");
		String csv = mvc.perform(get("/admin/audit/export").with(authentication(Fixtures.authentication(admin))))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("An entry about something you may not see").doesNotContain("Secret wording")
			.doesNotContain("Walkout reason kept private").doesNotContain(symbol);
		assertThat(page("/admin/audit?person=" + coChair.username(), admin)
			.select("#audit-entries tbody tr.audit-withheld")).as("a filter by person says nothing of them").isEmpty();
	}

	@Test
	void everyActionRecordedHasItsWords() {
		Set<String> known = Set.of(AuditReading.ACTIONS.split(" "));
		Set<String> recorded = new TreeSet<>(jdbc.sql("SELECT DISTINCT action FROM audit_entry").query(String.class).list());
		assertThat(recorded).as("actions of the log without words in AuditReading.ACTIONS and the bundles")
			.isSubsetOf(known);
	}
}
