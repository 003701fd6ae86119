package org.mediationdesk.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.process.RoundManagement;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import jakarta.servlet.http.Cookie;

/**
 * The public pages for anonymous visitors come from memory, with validators a proxy can use; a logged-in user never
 * reads the public copy, the public never reads a logged-in user's page, and a change shows at once.
 */
@IntegrationTest
class AnonymousPageCacheIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	RoundManagement roundManagement;

	@Autowired
	DocumentRegistry documents;

	@Autowired
	JdbcClient jdbc;

	private MockHttpServletResponse get(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	private MockHttpSession login(String username) throws Exception {
		return (MockHttpSession) mvc
			.perform(SecurityMockMvcRequestBuilders.formLogin().user(username).password(Fixtures.PASSWORD))
			.andReturn()
			.getRequest()
			.getSession();
	}

	@Test
	void servesTheAnonymousPageWithValidatorsAndAnswers304ToAConditionalRequest() throws Exception {
		for (String path : new String[] { "/", "/rounds", "/rounds/5" }) {
			MockHttpServletResponse first = get(MockMvcRequestBuilders.get(path));
			MockHttpServletResponse second = get(MockMvcRequestBuilders.get(path));
			assertThat(first.getStatus()).as(path).isEqualTo(200);
			assertThat(second.getHeader("Cache-Control")).as(path).isEqualTo("public, max-age=60");
			assertThat(second.getHeader("ETag")).as(path).isNotBlank().isEqualTo(first.getHeader("ETag"));
			assertThat(second.getHeader("Last-Modified")).as(path).isNotBlank();
			assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString()).doesNotContain("_csrf");
			assertThat(second.getHeader("Content-Security-Policy")).isNotBlank();
			assertThat(second.getCookies()).isEmpty();
			MockHttpServletResponse unchanged = get(MockMvcRequestBuilders.get(path).header("If-None-Match",
					second.getHeader("ETag")));
			assertThat(unchanged.getStatus()).as(path).isEqualTo(304);
			assertThat(unchanged.getContentAsByteArray()).isEmpty();
			// a date after the page's last change: not modified (the date the page gave, while the second of its
			// change lasts, is not enough: the page may change twice within a second, AnonymousPageCacheValidatorsTests)
			String later = DateTimeFormatter.RFC_1123_DATE_TIME.format(
					Instant.ofEpochMilli(second.getDateHeader("Last-Modified")).plusSeconds(1).atZone(ZoneOffset.UTC));
			assertThat(get(MockMvcRequestBuilders.get(path).header("If-Modified-Since", later)).getStatus()).as(path)
				.isEqualTo(304);
			assertThat(get(MockMvcRequestBuilders.get(path).header("If-None-Match", "\"another\"")).getStatus())
				.isEqualTo(200);
		}
	}

	@Test
	void aLoggedInUserNeverReadsTheAnonymousCopyNorTheOtherWayRound() throws Exception {
		String username = fixtures.account(Role.SECRETARIAT, null, null);
		MockHttpSession session = login(username);
		for (String path : new String[] { "/", "/rounds", "/rounds/6" }) {
			// the public copy is kept first
			String anonymous = get(MockMvcRequestBuilders.get(path)).getContentAsString();
			assertThat(get(MockMvcRequestBuilders.get(path)).getHeader("ETag")).isNotBlank();
			MockHttpServletResponse mine = get(MockMvcRequestBuilders.get(path).session(session));
			assertThat(mine.getContentAsString()).as(path).isNotEqualTo(anonymous).contains(username, "id=\"logout\"");
			// the user's own page has its own validator, for the browser alone (ReaderPageValidatorsIntegrationTests)
			assertThat(mine.getHeader("ETag")).as(path).isNotEqualTo(get(MockMvcRequestBuilders.get(path)).getHeader("ETag"));
			assertThat(mine.getHeader("Cache-Control")).as(path).isEqualTo(ReaderPageValidators.PRIVATE);
			// and a page rendered for the user is never kept for the public
			MockHttpServletResponse after = get(MockMvcRequestBuilders.get(path));
			assertThat(after.getContentAsString()).as(path).doesNotContain(username).doesNotContain("id=\"logout\"");
			assertThat(after.getContentAsString()).isEqualTo(anonymous);
			// a conditional request with the public copy's validator does not turn into the public copy for the user
			MockHttpServletResponse conditional = get(MockMvcRequestBuilders.get(path).session(session)
				.header("If-None-Match", after.getHeader("ETag")));
			assertThat(conditional.getStatus()).isEqualTo(200);
			assertThat(conditional.getContentAsString()).contains(username);
		}
	}

	@Test
	void aChangeIsOnThePublicPageAtOnce() throws Exception {
		String before = get(MockMvcRequestBuilders.get("/rounds")).getContentAsString();
		assertThat(get(MockMvcRequestBuilders.get("/rounds")).getContentAsString()).isEqualTo(before);
		var convened = roundManagement.convene(fixtures.coChair(Institution.EU), LocalDate.of(2033, 2, 1), LocalDate.of(2033, 2, 2),
				"Cachetown", false);
		String after = get(MockMvcRequestBuilders.get("/rounds")).getContentAsString();
		assertThat(after).isNotEqualTo(before).contains("/rounds/" + convened.number() + "\"");
	}

	@Test
	void keepsThePagesThroughADownloadAndAConfidentialChangeButDropsThemAfterAPublicOne() throws Exception {
		Viewer coChair = fixtures.coChair(Institution.EU);
		int number = roundManagement.convene(coChair, LocalDate.of(2036, 4, 1), LocalDate.of(2036, 4, 2), "Keeptown", false)
			.number();
		DocumentDetail open = documents.file(coChair, document(Audience.everyone()));
		documents.attach(coChair, open.id(), LanguageCode.EN, "note.pdf", PDF);
		String path = "/rounds/" + number;
		get(MockMvcRequestBuilders.get(path));
		String kept = get(MockMvcRequestBuilders.get(path)).getHeader("ETag");
		assertThat(kept).isNotBlank();
		// a change nobody announces (made behind the application's back): only a page rendered anew shows it
		jdbc.sql("UPDATE round SET public_summary = 'Unheralded summary' WHERE number = :number")
			.param("number", number)
			.update();

		documents.download(fixtures.participant("GE"), open.id(), LanguageCode.EN);
		documents.download(Viewer.anonymous(), open.id(), LanguageCode.EN);
		documents.file(coChair, document(Audience.coChairs()));
		MockHttpServletResponse unchanged = get(MockMvcRequestBuilders.get(path));
		assertThat(unchanged.getHeader("ETag")).as("the kept page, after downloads and a co-chairs' document")
			.isEqualTo(kept);
		assertThat(unchanged.getContentAsString()).doesNotContain("Unheralded summary");
		assertThat(get(MockMvcRequestBuilders.get(path).header("If-None-Match", kept)).getStatus()).isEqualTo(304);

		roundManagement.convene(coChair, LocalDate.of(2036, 6, 1), LocalDate.of(2036, 6, 2), "Keeptown", false);
		MockHttpServletResponse rendered = get(MockMvcRequestBuilders.get(path));
		assertThat(rendered.getHeader("ETag")).as("rendered anew after a public change").isNotEqualTo(kept);
		assertThat(rendered.getContentAsString()).contains("Unheralded summary");
	}

	private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private static DocumentDraft document(Audience audience) {
		String symbol = "GID/CACHE/" + UUID.randomUUID().toString().substring(0, 8);
		return new DocumentDraft(symbol, "Title of " + symbol, DocumentKind.NON_PAPER, AuthorKind.CO_CHAIRS, null,
				audience, LocalDate.of(2026, 11, 20), Map.of(LanguageCode.EN, "Text"));
	}

	@Test
	void keepsEachLanguageApartAndNeverKeepsAnAnswerThatSetsACookie() throws Exception {
		MockHttpServletResponse switching = get(MockMvcRequestBuilders.get("/rounds?lang=ru"));
		assertThat(switching.getCookie("mediationdesk-lang")).isNotNull();
		assertThat(switching.getHeader("ETag")).isNull();
		assertThat(switching.getHeader("Cache-Control")).doesNotContain("public");
		Cookie russian = new Cookie("mediationdesk-lang", "ru");
		get(MockMvcRequestBuilders.get("/rounds").cookie(russian));
		MockHttpServletResponse inRussian = get(MockMvcRequestBuilders.get("/rounds").cookie(russian));
		assertThat(inRussian.getHeader("ETag")).isNotBlank();
		assertThat(inRussian.getContentAsString()).contains("lang=\"ru\"");
		assertThat(get(MockMvcRequestBuilders.get("/rounds")).getContentAsString()).contains("lang=\"en\"");
	}
}
