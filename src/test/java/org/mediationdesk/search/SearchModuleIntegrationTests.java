package org.mediationdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mediationdesk.ModuleTestDatabase;
import org.mediationdesk.ProcessFiles;
import org.mediationdesk.TestDatabase;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.documents.AuthorKind;
import org.mediationdesk.documents.DocumentDraft;
import org.mediationdesk.documents.DocumentKind;
import org.mediationdesk.documents.DocumentRegistry;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.process.ProcessRecordFile;
import org.mediationdesk.process.RoundManagement;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.shared.Localized;
import org.mediationdesk.statements.NewStatement;
import org.mediationdesk.statements.SourceKind;
import org.mediationdesk.statements.Statements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The search module with every module it reads (the documents need the directory and the policy, which the search
 * does not use itself, so all dependencies are booted): what the modules publish is found by anyone as soon as it
 * is committed, and what only some may see is found by them alone, counted for no one else.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
		extraIncludes = { "shared", "identity" },
		webEnvironment = org.springframework.boot.test.context.SpringBootTest.WebEnvironment.NONE)
@ExtendWith(TestDatabase.class)
@ContextConfiguration(initializers = ModuleTestDatabase.class)
class SearchModuleIntegrationTests {

	private static final Viewer SECRETARIAT = new Viewer(UUID.randomUUID(), "secretariat-search", Role.SECRETARIAT,
			null, null);

	@Autowired
	PublicSearch search;

	@Autowired
	RoundRecord rounds;

	@Autowired
	RoundManagement management;

	@Autowired
	ProcessRecordFile recordFile;

	@Autowired
	Statements statements;

	@Autowired
	DocumentRegistry documents;

	@Autowired
	ParticipantDirectory directory;

	private Viewer tbilisi;
	private Viewer moscow;
	private int number;

	@BeforeEach
	void convenesARound() {
		directory.loadReferenceDirectory();
		if (rounds.process().isEmpty()) {
			recordFile.load(ProcessFiles.oneItem("ST", "Search test talks"));
		}
		number = management.convene(SECRETARIAT, LocalDate.of(2027, 3, 2), null, null, false).number();
		tbilisi = new Viewer(UUID.randomUUID(), "ge-search", Role.PARTICIPANT, null,
				directory.groupByCode("GE").orElseThrow().id());
		moscow = new Viewer(UUID.randomUUID(), "ru-search", Role.PARTICIPANT, null,
				directory.groupByCode("RU").orElseThrow().id());
	}

	private SearchResults find(Viewer viewer, String query) {
		return search.search(viewer, query, 0, LanguageCode.EN);
	}

	@Test
	void findsWhatTheModulesPublishAsSoonAsItIsCommitted() {
		assertThat(find(Viewer.anonymous(), "kelpmarsh").total()).isZero();

		management.editPublicTexts(SECRETARIAT, number, Localized.english("The participants discussed the kelpmarsh crossing."),
				null);
		statements.record(SECRETARIAT, number, new NewStatement(SourceKind.PRESS, null, "Daily Wire Service", null, null,
				"Reporters saw the kelpmarsh bridge reopen.", Audience.everyone()));

		SearchResults found = find(Viewer.anonymous(), "kelpmarsh");
		assertThat(found.items()).extracting(SearchResults.Hit::kind).contains("round", "account");
		assertThat(found.items()).filteredOn(hit -> hit.kind().equals("account"))
			.singleElement()
			.satisfies(hit -> {
				assertThat(hit.url()).isEqualTo("/rounds/" + number + "/accounts");
				assertThat(hit.snippet()).contains("kelpmarsh bridge");
			});
		assertThat(find(tbilisi, "kelpmarsh").total()).as("a participant finds the public record too")
			.isEqualTo(found.total());
	}

	@Test
	void findsAGroupsPrivateAccountForThatGroupAloneAndCountsItForNoOneElse() {
		statements.record(tbilisi, number, new NewStatement(SourceKind.PARTICIPANT_GROUP, null, "Ministry", null, null,
				"Our private notes on the driftwood checkpoint.", Audience.groupOnly(tbilisi.groupId())));

		assertThat(find(tbilisi, "driftwood").items()).singleElement()
			.satisfies(hit -> assertThat(hit.snippet()).contains("driftwood checkpoint"));
		assertThat(find(moscow, "driftwood").total()).isZero();
		assertThat(find(SECRETARIAT, "driftwood").total()).as("a group's private space is not the co-chairs'").isZero();
		assertThat(find(Viewer.anonymous(), "driftwood").total()).isZero();
	}

	@Test
	void findsADocumentOfTheCoChairsForThemAloneReadThroughTheRegistry() {
		documents.file(SECRETARIAT, new DocumentDraft("GID/SEARCH/" + UUID.randomUUID().toString().substring(0, 8),
				"Options for the saltgrass pasture", DocumentKind.NON_PAPER, AuthorKind.CO_CHAIRS, null, Audience.coChairs(),
				LocalDate.of(2027, 3, 2), Map.of(LanguageCode.EN, "Options.")));

		assertThat(find(SECRETARIAT, "saltgrass").items()).singleElement().satisfies(hit -> {
			assertThat(hit.kind()).isEqualTo("document");
			assertThat(hit.title()).contains("Options for the saltgrass pasture");
		});
		assertThat(find(tbilisi, "saltgrass").total()).isZero();
		assertThat(find(Viewer.anonymous(), "saltgrass").total()).isZero();
	}
}
