package org.mediationdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.process.RoundManagement;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The search of the public record: it finds what is public in each language's forms of a word, is up to date after
 * a change, never finds, counts or quotes what the public may not see, and never fails on what is typed.
 */
@IntegrationTest
class SearchIntegrationTests {

	@Autowired
	PublicSearch search;

	@Autowired
	Statements statements;

	@Autowired
	RoundManagement roundManagement;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	DocumentRegistry documents;

	@Autowired
	JdbcClient jdbc;

	private MockHttpServletResponse get(String path) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse();
	}

	@Test
	void findsTheRoundsByTheFormsOfAWordInEnglishAndRussian() {
		// "disagreements" and "disagreement" share their English stem
		SearchResults english = search.search("disagreements", 0, LanguageCode.EN);
		assertThat(english.total()).isPositive();
		assertThat(english.items()).allSatisfy(hit -> assertThat(hit.url()).startsWith("/rounds/"));
		// "раундов" finds the Russian versions, which say "Раунд"
		SearchResults russian = search.search("раундов", 0, LanguageCode.RU);
		assertThat(russian.total()).isPositive();
		// (a published communiqué of a round may be found too: it says "раунд" as well)
		assertThat(russian.items()).anySatisfy(hit -> {
			assertThat(hit.title()).startsWith("Раунд");
			assertThat(hit.inEnglish()).isFalse();
		});
	}

	@Test
	void keepsTheIndexThroughADownloadAndAConfidentialChangeButBuildsItAgainAfterAPublicOne() {
		Viewer coChair = fixtures.coChair(Institution.EU);
		int number = roundManagement.convene(coChair, LocalDate.of(2036, 8, 1), LocalDate.of(2036, 8, 2), null, false).number();
		String symbol = "GID/INDEX/" + UUID.randomUUID().toString().substring(0, 8);
		DocumentDetail open = documents.file(coChair, new DocumentDraft(symbol, "Title of " + symbol,
				DocumentKind.NON_PAPER, AuthorKind.CO_CHAIRS, null, Audience.everyone(), LocalDate.of(2026, 11, 20),
				Map.of(LanguageCode.EN, "Text")));
		documents.attach(coChair, open.id(), LanguageCode.EN, "note.pdf",
				"%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		assertThat(search.search("palimpsestic", 0, LanguageCode.EN).total()).isZero();
		// a change nobody announces (made behind the application's back): only an index built anew finds it
		jdbc.sql("UPDATE round SET public_summary = 'The talks turned palimpsestic' WHERE number = :number")
			.param("number", number)
			.update();

		documents.download(Viewer.anonymous(), open.id(), LanguageCode.EN);
		statements.record(coChair, 7, new NewStatement(SourceKind.PRESS, null, "Closed Gazette",
				LocalDate.of(2009, 9, 18), null, "Nothing to see.", Audience.coChairs()));
		assertThat(search.search("palimpsestic", 0, LanguageCode.EN).total())
			.as("the index as it was, after a download and a co-chairs' account").isZero();

		roundManagement.convene(coChair, LocalDate.of(2036, 10, 1), LocalDate.of(2036, 10, 2), null, false);
		assertThat(search.search("palimpsestic", 0, LanguageCode.EN).total()).isEqualTo(1);
	}

	@Test
	void findsAPublicAccountOnceRecordedAndNeverOneThePublicMayNotSee() {
		Viewer coChair = fixtures.coChair(Institution.EU);
		assertThat(search.search("quixotically", 0, LanguageCode.EN).total()).isZero();
		statements.record(coChair, 7, new NewStatement(SourceKind.PRESS, null, "Searchable Gazette",
				LocalDate.of(2009, 9, 18), null, "The talks went on quixotically.", Audience.everyone()));
		statements.record(coChair, 7, new NewStatement(SourceKind.PRESS, null, "Hidden Gazette",
				LocalDate.of(2009, 9, 18), null, "A confidential zyzzogeton remark.", Audience.coChairs()));
		SearchResults found = search.search("quixotically", 0, LanguageCode.EN);
		assertThat(found.total()).isEqualTo(1);
		assertThat(found.items().get(0).title()).contains("Searchable Gazette");
		assertThat(found.items().get(0).url()).isEqualTo("/rounds/7/accounts");
		assertThat(found.items().get(0).snippet()).contains("quixotically");
		// no hit, no count, no passage of what only the co-chairs see
		assertThat(search.search("zyzzogeton", 0, LanguageCode.EN).total()).isZero();
		assertThat(search.search("Hidden Gazette", 0, LanguageCode.EN).total()).isZero();
	}

	@Test
	void answersEveryQueryWithoutFailing() throws Exception {
		for (String query : List.of("\"unbalanced", "(((", "*", "-", "a | | b", "~~~", "field:value", "\\", "%",
				"x".repeat(5000), "talks\u0000")) {
			String encoded = java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
			assertThat(get("/search?q=" + encoded).getStatus()).as(query).isEqualTo(200);
			assertThat(get("/api/v1/search?q=" + encoded).getStatus()).as(query).isEqualTo(200);
		}
		assertThat(get("/search?q=Geneva&page=abc").getStatus()).isEqualTo(200);
		assertThat(get("/api/v1/search?q=Geneva&page=-3").getContentAsString()).contains("\"page\":0");
	}

	@Test
	void thePageShowsHitsPagesAndAnEmptyState() throws Exception {
		assertThat(get("/search").getContentAsString()).contains("id=\"search-empty\"");
		assertThat(get("/search?q=nothingmatchesthisword").getContentAsString()).contains("id=\"search-none\"");
		String page = get("/search?q=Geneva").getContentAsString();
		assertThat(page).contains("id=\"search-hits\"", "href=\"/rounds/", "Results:");
		String second = get("/search?q=Geneva&page=1").getContentAsString();
		assertThat(second).contains("Page 2 of");
		assertThat(get("/search?q=Geneva&lang=ru").getContentAsString()).contains("Найдено:");
		String api = get("/api/v1/search?q=Geneva").getContentAsString();
		assertThat(api).contains("\"total\":", "\"items\":[{\"kind\":");
	}

	@Test
	void aRoundsChangeIsFoundAfterItIsRecorded() {
		Viewer coChair = fixtures.coChair(Institution.OSCE);
		var convened = roundManagement.convene(coChair, LocalDate.of(2032, 1, 20), LocalDate.of(2032, 1, 21), "Searchburg", false);
		SearchResults found = search.search("Searchburg", 0, LanguageCode.EN);
		assertThat(found.items()).extracting(SearchResults.Hit::url).contains("/rounds/" + convened.number());
	}
}
