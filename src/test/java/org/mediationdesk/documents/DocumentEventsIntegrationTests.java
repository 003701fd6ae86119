package org.mediationdesk.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mediationdesk.ModuleTestDatabase;
import org.mediationdesk.TestDatabase;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;

/**
 * The document registry alone (with the modules it uses) tells what happens to a document, each event with the
 * document's audience and never its content, and a document outside a viewer's audience does not exist for them.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
		extraIncludes = { "shared", "identity" },
		webEnvironment = org.springframework.boot.test.context.SpringBootTest.WebEnvironment.NONE)
@ExtendWith(TestDatabase.class)
@ContextConfiguration(initializers = ModuleTestDatabase.class)
class DocumentEventsIntegrationTests {

	private static final Viewer CO_CHAIR = new Viewer(UUID.randomUUID(), "cc-documents", Role.CO_CHAIR, Institution.UN,
			null);

	private static final byte[] PDF = "%PDF-1.4\n% a page\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	DocumentRegistry registry;

	@Autowired
	ParticipantDirectory directory;

	private Viewer tbilisi;
	private Viewer moscow;

	@BeforeEach
	void loadsTheDirectory() {
		directory.loadReferenceDirectory();
		tbilisi = new Viewer(UUID.randomUUID(), "ge-documents", Role.PARTICIPANT, null,
				directory.groupByCode("GE").orElseThrow().id());
		moscow = new Viewer(UUID.randomUUID(), "ru-documents", Role.PARTICIPANT, null,
				directory.groupByCode("RU").orElseThrow().id());
	}

	private static DocumentDraft draft(String symbol, Audience audience, String text) {
		return new DocumentDraft(symbol, "Water supply in the Gali district", DocumentKind.NON_PAPER, AuthorKind.CO_CHAIRS,
				null, audience, LocalDate.of(2027, 3, 2), Map.of(LanguageCode.EN, text));
	}

	private static String symbol() {
		return "GID/WG2/" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void publishesDocumentFiledAndHidesTheDocumentFromWhoeverIsOutsideItsAudience(Scenario scenario) {
		scenario.stimulate(() -> registry.file(tbilisi, new DocumentDraft("2027/1", "Our position on returns",
				DocumentKind.STATEMENT, null, null, Audience.groupAndCoChairs(tbilisi.groupId()), LocalDate.of(2027, 3, 2),
				Map.of(LanguageCode.EN, "Returns in safety and dignity."))))
			.andWaitForEventOfType(DocumentFiled.class)
			.matching(event -> event.actor().equals("ge-documents"))
			.toArriveAndVerify((event, filed) -> {
				assertThat(event.documentId()).isEqualTo(filed.id());
				assertThat(event.symbol()).as("a group's symbol starts with its code").isEqualTo("GE/2027/1");
				assertThat(event.kind()).isEqualTo(DocumentKind.STATEMENT);
				assertThat(event.audience()).isEqualTo(Audience.groupAndCoChairs(tbilisi.groupId()));
				assertThat(event.action()).isEqualTo("document.filed");
				assertThat(event.toString()).doesNotContain("dignity");

				assertThat(registry.get(CO_CHAIR, filed.id()).authorGroup()).isEqualTo(tbilisi.groupId());
				assertThat(registry.get(tbilisi, filed.id()).text(LanguageCode.EN)).isEqualTo("Returns in safety and dignity.");
				assertThatThrownBy(() -> registry.get(moscow, filed.id())).isInstanceOf(DeskException.NotFound.class);
				assertThatThrownBy(() -> registry.get(Viewer.anonymous(), filed.id()))
					.isInstanceOf(DeskException.NotFound.class);
				assertThat(registry.search(moscow, new DocumentQuery("GE/2027/1", null, null, null, null, 0)).total())
					.as("absent from another group's list and count").isZero();
				assertThat(registry.search(CO_CHAIR, new DocumentQuery("GE/2027/1", null, null, null, null, 0)).total())
					.isEqualTo(1);
			});
	}

	@Test
	void publishesDocumentRevisedAndDocumentAudienceChangedWhenADocumentIsMadePublic(Scenario scenario) {
		DocumentDetail filed = registry.file(CO_CHAIR, draft(symbol(), Audience.coChairs(), "Draft."));
		scenario.stimulate(() -> registry.revise(CO_CHAIR, filed.id(), filed.version(),
				draft(filed.symbol(), Audience.everyone(), "Final.")))
			.andWaitForEventOfType(DocumentAudienceChanged.class)
			.matchingMappedValue(DocumentAudienceChanged::documentId, filed.id())
			.toArriveAndVerify(event -> {
				assertThat(event.previous()).isEqualTo(Audience.coChairs());
				assertThat(event.audience()).isEqualTo(Audience.everyone());
				assertThat(registry.get(Viewer.anonymous(), filed.id()).text(LanguageCode.EN)).isEqualTo("Final.");
			});
		assertThatThrownBy(() -> registry.revise(CO_CHAIR, filed.id(), filed.version(),
				draft(filed.symbol(), Audience.everyone(), "Stale edit.")))
			.as("a revision from an old version is refused")
			.isInstanceOfSatisfying(DeskException.Conflict.class,
					refused -> assertThat(refused.code()).isEqualTo("document.changedMeanwhile"));
	}

	@Test
	void publishesDocumentRevisedForTheAudienceTheDocumentKeeps(Scenario scenario) {
		DocumentDetail filed = registry.file(CO_CHAIR, draft(symbol(), Audience.allParticipants(), "First."));
		scenario.stimulate(() -> registry.revise(CO_CHAIR, filed.id(), filed.version(),
				draft(filed.symbol(), Audience.allParticipants(), "Second.")))
			.andWaitForEventOfType(DocumentRevised.class)
			.matchingMappedValue(DocumentRevised::documentId, filed.id())
			.toArriveAndVerify(event -> {
				assertThat(event.audience()).isEqualTo(Audience.allParticipants());
				assertThat(event.action()).isEqualTo("document.revised");
			});
	}

	@Test
	void publishesFileAttachedAndDownloadedAndGivesTheFileOnlyToItsAudience(Scenario scenario) {
		DocumentDetail filed = registry.file(CO_CHAIR, draft(symbol(), Audience.groupAndCoChairs(tbilisi.groupId()),
				"In confidence."));
		scenario.stimulate(() -> registry.attach(CO_CHAIR, filed.id(), LanguageCode.RU, "note.pdf", PDF))
			.andWaitForEventOfType(DocumentFileAttached.class)
			.matchingMappedValue(DocumentFileAttached::documentId, filed.id())
			.toArriveAndVerify(event -> {
				assertThat(event.language()).isEqualTo(LanguageCode.RU);
				assertThat(event.fileName()).isEqualTo("note.pdf");
				assertThat(event.audience()).isEqualTo(Audience.groupAndCoChairs(tbilisi.groupId()));
			});
		assertThatThrownBy(() -> registry.download(moscow, filed.id(), LanguageCode.RU))
			.isInstanceOf(DeskException.NotFound.class);
		scenario.stimulate(() -> registry.download(tbilisi, filed.id(), LanguageCode.RU))
			.andWaitForEventOfType(DocumentDownloaded.class)
			.matchingMappedValue(DocumentDownloaded::documentId, filed.id())
			.toArriveAndVerify((event, attachment) -> {
				assertThat(event.actor()).isEqualTo("ge-documents");
				assertThat(attachment.content()).isEqualTo(PDF);
				assertThat(attachment.fileName()).isEqualTo("note.pdf");
			});
	}
}
