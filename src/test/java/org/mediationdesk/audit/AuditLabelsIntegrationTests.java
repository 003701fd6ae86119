package org.mediationdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.documents.AuthorKind;
import org.mediationdesk.documents.DocumentDetail;
import org.mediationdesk.documents.DocumentDraft;
import org.mediationdesk.documents.DocumentKind;
import org.mediationdesk.documents.DocumentRegistry;
import org.mediationdesk.formats.ConditionType;
import org.mediationdesk.formats.FormatConditions;
import org.mediationdesk.formats.Scenario;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.terminology.Glossary;
import org.mediationdesk.terminology.GlossaryFile;
import org.mediationdesk.terminology.Severity;
import org.mediationdesk.texts.NegotiatingTexts;
import org.mediationdesk.texts.TextView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The audit log names what its entries concern through each owning module's labels (accounts, documents, texts,
 * conditions, concepts, the process), in the reader's language, and never names or links what the reader may not
 * see. And the entries about a document follow the document's audience as it is now, both ways.
 */
@IntegrationTest
class AuditLabelsIntegrationTests {

	private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	@Autowired
	AuditReading reading;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DocumentRegistry documents;

	@Autowired
	NegotiatingTexts texts;

	@Autowired
	FormatConditions conditions;

	@Autowired
	Glossary glossary;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 6);
	}

	private static AuditView entry(String actor, String action, String type, String id) {
		// no detail: what the reader is shown of the object comes from its owner alone
		return new AuditView(1, OffsetDateTime.now(ZoneOffset.UTC), actor, action, type, id, null, null, "0".repeat(64));
	}

	private AuditLine read(Viewer viewer, AuditView entry, Locale locale) {
		return reading.read(viewer, List.of(entry), locale).get(0);
	}

	private DocumentDetail file(Viewer viewer, Audience audience) {
		return documents.file(viewer, new DocumentDraft("GID/LABELS/" + unique(), "Labelled", DocumentKind.DRAFT,
				AuthorKind.CO_CHAIRS, null, audience, LocalDate.now(), Map.of()));
	}

	@Test
	void namesConceptsProcessesAndConditionsInTheReadersLanguage() {
		Viewer admin = fixtures.viewer(Role.ADMIN, null, null);
		Viewer coChair = fixtures.coChair(Institution.UN);
		String concept = "labels-" + unique();
		glossary.save("labels", null, new GlossaryFile.ConceptEntry(concept, "test",
				Map.of("en", "Line of crossing", "ru", "Линия пересечения"), List.of(new GlossaryFile.FormEntry(
						LanguageCode.EN, "labelland" + unique(), true, List.of(), Severity.OK, Map.of(), null))));
		AuditView conceptEntry = entry("labels", "glossary.changed", "glossary-concept", concept);
		assertThat(read(coChair, conceptEntry, Locale.ENGLISH).object()).isEqualTo("Line of crossing");
		assertThat(read(coChair, conceptEntry, RUSSIAN).object()).isEqualTo("Линия пересечения");
		assertThat(read(coChair, conceptEntry, RUSSIAN).link()).isEqualTo("/terminology/glossary/" + concept);
		assertThat(read(admin, conceptEntry, Locale.ENGLISH).link()).as("the glossary's page is the co-chairs'").isNull();

		String code = "LBL" + unique();
		jdbc.sql("INSERT INTO talks_process (id, code, name, name_ru, version) VALUES (:id, :code, :name, :nameRu, 0)")
			.param("id", UUID.randomUUID()).param("code", code).param("name", "Labelled talks")
			.param("nameRu", "Обозначенные переговоры").update();
		try {
			AuditView exported = entry(admin.username(), "process.exported", "process", code);
			assertThat(read(admin, exported, Locale.ENGLISH).object()).isEqualTo("Labelled talks");
			assertThat(read(admin, exported, RUSSIAN).object()).isEqualTo("Обозначенные переговоры");
			assertThat(read(admin, exported, Locale.ENGLISH).link()).isEqualTo("/admin/process");
			assertThat(read(coChair, exported, Locale.ENGLISH).link()).isNull();
		}
		finally {
			jdbc.sql("DELETE FROM talks_process WHERE code = :code").param("code", code).update();
		}

		Viewer tbilisi = fixtures.participant("GE");
		String condition = conditions.state(tbilisi, new Scenario.Condition(null, null, ConditionType.REFUSES_VENUE, null,
				null, null, null, null, null, null, null, "Labelsville")).id();
		AuditView stated = entry(tbilisi.username(), "format-condition.stated", "format-condition", condition);
		assertThat(read(coChair, stated, Locale.ENGLISH).object()).contains(fixtures.group("GE").label(LanguageCode.EN));
		assertThat(read(coChair, stated, RUSSIAN).object()).contains(fixtures.group("GE").label(LanguageCode.RU));
		assertThat(read(admin, stated, Locale.ENGLISH).object()).as("confided to the co-chairs: not named to others")
			.isEqualTo("Condition for taking part");
		assertThat(read(fixtures.participant("RU"), stated, RUSSIAN).object()).isEqualTo("Условие участия");
	}

	@Test
	void namesAndLinksOnlyWhatTheReaderMaySee() {
		Viewer admin = fixtures.viewer(Role.ADMIN, null, null);
		Viewer coChair = fixtures.viewer(Role.CO_CHAIR, Institution.EU, null);
		DocumentDetail open = file(coChair, Audience.everyone());
		DocumentDetail confidential = file(coChair, Audience.coChairs());
		AuditView openEntry = entry(coChair.username(), "document.filed", "document", open.id().toString());
		AuditView confidentialEntry = entry(coChair.username(), "document.filed", "document", confidential.id().toString());
		assertThat(read(admin, openEntry, RUSSIAN).object()).isEqualTo(open.symbol());
		assertThat(read(admin, openEntry, RUSSIAN).link()).isEqualTo("/documents/" + open.id());
		assertThat(read(admin, openEntry, RUSSIAN).who()).contains("Test " + coChair.username());
		assertThat(read(admin, confidentialEntry, RUSSIAN).object()).isEqualTo("Документ");
		assertThat(read(admin, confidentialEntry, RUSSIAN).link()).isNull();
		assertThat(read(coChair, confidentialEntry, Locale.ENGLISH).object()).isEqualTo(confidential.symbol());

		AuditView account = entry(admin.username(), "account.created", "account", coChair.accountId().toString());
		assertThat(read(admin, account, Locale.ENGLISH).object()).isEqualTo("Test " + coChair.username());
		assertThat(read(admin, account, Locale.ENGLISH).link()).isEqualTo("/admin/accounts/" + coChair.accountId());
		AuditLine byParticipant = read(fixtures.participant("GE"), account, RUSSIAN);
		assertThat(byParticipant.object()).as("accounts are named to administrators and co-chairs").isEqualTo("Учётная запись");
		assertThat(byParticipant.who()).doesNotContain("Test ");

		TextView text = texts.create(fixtures.coChair(Institution.OSCE), new NegotiatingTexts.NewText("GID/LABELS/"
				+ unique(), "For Tbilisi", null, null, Audience.groupAndCoChairs(fixtures.group("GE").id()), List.of("GE")));
		AuditView created = entry("cc-OSCE", "text.created", "negotiating-text", text.symbol());
		assertThat(read(fixtures.coChair(Institution.EU), created, Locale.ENGLISH).link()).isEqualTo("/texts/" + text.id());
		assertThat(read(fixtures.participant("GE"), created, Locale.ENGLISH).link())
			.as("the co-chairs' private draft").isNull();
		texts.share(fixtures.coChair(Institution.OSCE), text.id(), null);
		assertThat(read(fixtures.participant("GE"), created, Locale.ENGLISH).link()).isEqualTo("/texts/" + text.id());
		assertThat(read(fixtures.participant("RU"), created, Locale.ENGLISH).link()).isNull();
		assertThat(read(admin, created, Locale.ENGLISH).link()).isNull();
	}

	@Test
	void aDocumentOpenedToThePublicBringsItsWholeHistoryIntoTheCountsAndPages() throws Exception {
		Viewer coChair = fixtures.viewer(Role.CO_CHAIR, Institution.OSCE, null);
		Viewer admin = fixtures.viewer(Role.ADMIN, null, null);
		DocumentDetail document = file(coChair, Audience.coChairs());
		String byPerson = "/admin/audit?object=document&person=" + coChair.username();
		assertThat(rows(byPerson, admin)).isEmpty();
		documents.revise(coChair, document.id(), document.version(), new DocumentDraft(document.symbol(),
				document.title(), document.kind(), AuthorKind.CO_CHAIRS, null, Audience.everyone(),
				document.circulationDate(), Map.of()));
		long recorded = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE actor = :actor AND object_type = 'document'")
			.param("actor", coChair.username()).query(Long.class).single();
		List<String> rows = rows(byPerson, admin);
		assertThat(rows).hasSize((int) recorded).allMatch(row -> row.contains(document.symbol()));
		assertThat(rows(byPerson + "&action=document.filed", admin)).hasSize(1);
		var csv = mvc.perform(get("/admin/audit/export?object=document&person=" + coChair.username())
			.with(authentication(Fixtures.authentication(admin)))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().toList()).hasSize((int) recorded + 1);
	}

	private List<String> rows(String address, Viewer viewer) throws Exception {
		return Jsoup.parse(mvc.perform(get(address).with(authentication(Fixtures.authentication(viewer)))).andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).select("#audit-entries tbody tr").eachText();
	}
}
