package org.mediationdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.statements.NewStatement;
import org.mediationdesk.statements.SourceKind;
import org.mediationdesk.statements.Statements;
import org.mediationdesk.texts.NegotiatingTexts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search of a logged-in viewer finds, beyond the public record, the documents, negotiating texts and accounts
 * that viewer may see, and nothing (no hit, no count, no passage) of what the viewer may not see; an anonymous
 * visitor's search is the public one.
 */
@IntegrationTest
class ViewerSearchIntegrationTests {

	@Autowired
	PublicSearch search;

	@Autowired
	DocumentRegistry documents;

	@Autowired
	NegotiatingTexts texts;

	@Autowired
	Statements statements;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MockMvc mvc;

	private final JsonMapper json = JsonMapper.builder().build();

	private static String marker() {
		return "qz" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	private DocumentDetail file(Viewer author, AuthorKind kind, String title, Audience audience) {
		return documents.file(author, new DocumentDraft("GID/SEARCH/" + UUID.randomUUID().toString().substring(0, 8),
				title, DocumentKind.NON_PAPER, kind, null, audience, LocalDate.of(2026, 11, 20),
				Map.of(LanguageCode.EN, "Text")));
	}

	private SearchResults as(Viewer viewer, String query) {
		return search.search(viewer, query, 0, LanguageCode.EN);
	}

	private JsonNode api(String query, Viewer viewer) throws Exception {
		MockHttpServletRequestBuilder request = get("/api/v1/search").param("q", query);
		if (viewer != null) {
			request = request.with(authentication(Fixtures.authentication(viewer)));
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return json.readTree(response.getContentAsString());
	}

	private String page(String query, Viewer viewer) throws Exception {
		MockHttpServletRequestBuilder request = get("/search").param("q", query);
		if (viewer != null) {
			request = request.with(authentication(Fixtures.authentication(viewer)));
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	@Test
	void aCoChairsDocumentIsFoundByTheCoChairsOnly() throws Exception {
		Viewer coChair = fixtures.coChair(Institution.EU);
		Viewer participant = fixtures.participant("GE");
		String marker = marker();
		long before = as(Viewer.anonymous(), marker).total();
		DocumentDetail filed = file(coChair, AuthorKind.CO_CHAIRS, "Options paper " + marker, Audience.coChairs());

		SearchResults found = as(coChair, marker);
		assertThat(found.total()).isEqualTo(1);
		assertThat(found.items()).singleElement().satisfies(hit -> {
			assertThat(hit.kind()).isEqualTo("document");
			assertThat(hit.title()).contains(marker).contains(filed.symbol());
			assertThat(hit.url()).isEqualTo("/documents/" + filed.id());
			assertThat(hit.snippet()).contains(marker);
		});
		assertThat(as(participant, marker).total()).isZero();
		assertThat(as(participant, marker).items()).isEmpty();
		assertThat(as(Viewer.anonymous(), marker).total()).isZero().isEqualTo(before);

		// the API answers the same
		JsonNode mine = api(marker, coChair);
		assertThat(mine.get("total").asLong()).isEqualTo(1);
		assertThat(mine.get("items").get(0).get("kind").asText()).isEqualTo("document");
		assertThat(mine.get("items").get(0).get("url").asText()).isEqualTo("/documents/" + filed.id());
		assertThat(api(marker, participant).get("total").asLong()).isZero();
		assertThat(api(marker, null).get("total").asLong()).isZero();
		assertThat(api(marker, participant).toString()).doesNotContain(marker + "\"").doesNotContain("Options paper");
		// and the page
		assertThat(page(marker, coChair)).contains("/documents/" + filed.id());
		assertThat(page(marker, participant)).doesNotContain("/documents/" + filed.id()).doesNotContain("Options paper");
		assertThat(page(marker, null)).doesNotContain("Options paper");
	}

	@Test
	void aGroupsOwnDocumentIsFoundByThatGroupAndNotByAnother() throws Exception {
		Viewer tbilisi = fixtures.participant("GE");
		Viewer moscow = fixtures.participant("RU");
		String marker = marker();
		DocumentDetail filed = file(tbilisi, AuthorKind.PARTICIPANT_GROUP, "Internal note " + marker,
				Audience.groupOnly(tbilisi.groupId()));

		assertThat(as(tbilisi, marker).items()).extracting(SearchResults.Hit::url)
			.containsExactly("/documents/" + filed.id());
		assertThat(as(moscow, marker).total()).isZero();
		assertThat(as(fixtures.coChair(Institution.UN), marker).total()).isZero();
		assertThat(api(marker, tbilisi).get("total").asLong()).isEqualTo(1);
		assertThat(api(marker, moscow).get("total").asLong()).isZero();
	}

	@Test
	void aPrivateDraftTextIsFoundByTheCoChairsAndNotByAParticipant() throws Exception {
		Viewer coChair = fixtures.coChair(Institution.OSCE);
		Viewer participant = fixtures.participant("GE");
		String marker = marker();
		UUID id = texts.create(coChair, new NegotiatingTexts.NewText("GID/SEARCH/" + UUID.randomUUID().toString()
			.substring(0, 6), "Draft statement " + marker, null, "The participants,", Audience.allParticipants(),
				null)).id();

		assertThat(as(coChair, marker).items()).singleElement().satisfies(hit -> {
			assertThat(hit.kind()).isEqualTo("text");
			assertThat(hit.url()).isEqualTo("/texts/" + id);
		});
		assertThat(as(participant, marker).total()).isZero();
		assertThat(api(marker, participant).get("total").asLong()).isZero();
		assertThat(api(marker, coChair).get("total").asLong()).isEqualTo(1);
		assertThat(api(marker, null).get("total").asLong()).isZero();
	}

	@Test
	void anAccountForTheCoChairsIsFoundByThemOnlyAndThePublicOneOnce() {
		Viewer coChair = fixtures.coChair(Institution.EU);
		String marker = marker();
		statements.record(coChair, 7, new NewStatement(SourceKind.PRESS, null, "Closed Gazette",
				LocalDate.of(2009, 9, 18), null, "A confidential remark " + marker + ".", Audience.coChairs()));
		statements.record(coChair, 7, new NewStatement(SourceKind.PRESS, null, "Open Gazette",
				LocalDate.of(2009, 9, 18), null, "A public remark " + marker + ".", Audience.everyone()));

		SearchResults found = as(coChair, marker);
		assertThat(found.total()).isEqualTo(2);
		assertThat(found.items()).extracting(SearchResults.Hit::title)
			.anySatisfy(title -> assertThat(title).contains("Closed Gazette"))
			.anySatisfy(title -> assertThat(title).contains("Open Gazette"));
		SearchResults participants = as(fixtures.participant("GE"), marker);
		assertThat(participants.total()).isEqualTo(1);
		assertThat(participants.items()).singleElement()
			.satisfies(hit -> assertThat(hit.snippet()).doesNotContain("confidential"));
		assertThat(as(Viewer.anonymous(), marker).total()).isEqualTo(1);
	}

	@Test
	void theViewersHitsFollowThePublicOnesOverThePages() {
		Viewer coChair = fixtures.coChair(Institution.UN);
		String marker = marker();
		for (int i = 0; i < SearchResults.PAGE_SIZE + 3; i++) {
			file(coChair, AuthorKind.CO_CHAIRS, "Paper " + i + " " + marker, Audience.coChairs());
		}
		SearchResults first = search.search(coChair, marker, 0, LanguageCode.EN);
		SearchResults second = search.search(coChair, marker, 1, LanguageCode.EN);
		assertThat(first.total()).isEqualTo(SearchResults.PAGE_SIZE + 3);
		assertThat(first.items()).hasSize(SearchResults.PAGE_SIZE);
		assertThat(second.items()).hasSize(3);
		assertThat(second.total()).isEqualTo(first.total());
		assertThat(List.copyOf(first.items())).doesNotContainAnyElementsOf(second.items());
	}
}
