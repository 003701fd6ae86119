package org.mediationdesk.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.Institution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The JSON API and the pages answer bad input with a 4xx that says what to do, and store nothing. */
@IntegrationTest
class DocumentApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DocumentRegistry registry;

	@Autowired
	org.mediationdesk.identity.ApiTokens apiTokens;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	private RequestPostProcessor as(Viewer viewer) {
		return authentication(Fixtures.authentication(viewer));
	}

	private String json(String symbol, String audienceKind, String extra) {
		return "{\"symbol\":\"" + symbol + "\",\"title\":\"A title\",\"kind\":\"STATEMENT\",\"authorKind\":\"CO_CHAIRS\","
				+ "\"audience\":{\"kind\":\"" + audienceKind + "\"},\"circulationDate\":\"2026-11-20\","
				+ "\"texts\":{\"EN\":\"Text\",\"RU\":\"Текст\"}" + extra + "}";
	}

	private long documents() {
		return jdbc.sql("SELECT COUNT(*) FROM document").query(Long.class).single();
	}

	@Test
	void filesReadsAndRevisesOverJson() throws Exception {
		Viewer coChair = fixtures.coChair(Institution.EU);
		String symbol = "GID/API/" + UUID.randomUUID().toString().substring(0, 6);
		String created = mvc.perform(post("/api/v1/documents").with(as(coChair))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(symbol, "ALL_PARTICIPANTS", "")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.symbol").value(symbol))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = created.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
		mvc.perform(get("/api/v1/documents/{id}", id).with(as(fixtures.participant("SO"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.versions[1].text").value("Текст"));
		mvc.perform(get("/api/v1/documents/{id}", id).with(as(fixtures.admin()))).andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/documents/{id}", id).with(as(coChair))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(symbol, "CO_CHAIRS", ",\"version\":0")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.audience.kind").value("CO_CHAIRS"));
		mvc.perform(put("/api/v1/documents/{id}", id).with(as(coChair))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(symbol, "PUBLIC", ",\"version\":0")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("while you were editing")));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'document.audience_changed' AND object_id = :id")
			.param("id", id).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void answersMalformedJsonWithProblemDetail() throws Exception {
		long before = documents();
		mvc.perform(post("/api/v1/documents").with(as(fixtures.secretariat()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"symbol\": \"x\", "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("not valid JSON")));
		assertThat(documents()).isEqualTo(before);
	}

	@Test
	void namesTheFieldWithAnUnknownEnumValue() throws Exception {
		mvc.perform(post("/api/v1/documents").with(as(fixtures.secretariat()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json("GID/API/ENUM", "EVERYBODY", "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("audience.kind")));
	}

	@Test
	void rejectsOverlongFieldsAndDuplicateSymbols() throws Exception {
		Viewer secretariat = fixtures.secretariat();
		String symbol = "GID/API/" + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/api/v1/documents").with(as(secretariat))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(symbol, "PUBLIC", "").replace("A title", "t".repeat(400))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("document.titleInvalid"));
		mvc.perform(post("/api/v1/documents").with(as(secretariat)).contentType(MediaType.APPLICATION_JSON)
			.content(json(symbol, "PUBLIC", ""))).andExpect(status().isCreated());
		long before = documents();
		mvc.perform(post("/api/v1/documents").with(as(secretariat)).contentType(MediaType.APPLICATION_JSON)
			.content(json(symbol, "PUBLIC", "")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(symbol)));
		assertThat(documents()).isEqualTo(before);
	}

	@Test
	void rejectsUploadsThatAreNotWhatTheyClaim() throws Exception {
		Viewer coChair = fixtures.coChair(Institution.OSCE);
		String symbol = "GID/API/" + UUID.randomUUID().toString().substring(0, 6);
		String created = mvc.perform(post("/api/v1/documents").with(as(coChair)).contentType(MediaType.APPLICATION_JSON)
			.content(json(symbol, "CO_CHAIRS", ""))).andReturn().getResponse().getContentAsString();
		String id = created.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
		mvc.perform(multipart("/api/v1/documents/{id}/files/EN", id)
			.file(new MockMultipartFile("file", "statement.pdf", "application/pdf", "<html>not a pdf</html>".getBytes()))
			.with(as(coChair)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("attachment.typeUnknown"));
		mvc.perform(multipart("/api/v1/documents/{id}/files/EN", id)
			.file(new MockMultipartFile("file", "statement.pdf", "application/pdf", AttachmentTypeTests.pdf()))
			.with(as(coChair))).andExpect(status().isOk()).andExpect(jsonPath("$.versions[0].hasFile").value(true));
		mvc.perform(get("/api/v1/documents/{id}/files/EN", id).with(as(coChair)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
		mvc.perform(get("/api/v1/documents/{id}/files/EN", id).with(as(fixtures.participant("GE"))))
			.andExpect(status().isNotFound());
	}

	@Test
	void refusesUploadsOverTwentyMegabytesOverRealHttp() throws Exception {
		Viewer coChair = fixtures.viewer(org.mediationdesk.identity.Role.CO_CHAIR, Institution.EU, null);
		String token = apiTokens.issue(coChair, "upload").secret();
		DocumentDetail filed = registry.file(coChair, new DocumentDraft("GID/BIG/" + UUID.randomUUID().toString().substring(0, 6),
				"Big", DocumentKind.REPORT, AuthorKind.CO_CHAIRS, null, Audience.coChairs(), java.time.LocalDate.now(),
				java.util.Map.of()));
		URI api = URI.create("http://localhost:" + port + "/api/v1/documents/" + filed.id() + "/files/EN");

		HttpResponse<String> justTooLarge = HttpClient.newHttpClient()
			.send(upload(api, 21).header("Authorization", "Bearer " + token).build(), BodyHandlers.ofString());
		assertThat(justTooLarge.statusCode()).isEqualTo(400);
		assertThat(justTooLarge.body()).contains("larger than 20 MB");

		HttpResponse<String> farTooLarge = HttpClient.newHttpClient()
			.send(upload(api, 27).header("Authorization", "Bearer " + token).build(), BodyHandlers.ofString());
		assertThat(farTooLarge.statusCode()).isEqualTo(413);
		assertThat(farTooLarge.body()).contains("larger than 20 MB");

		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String form = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
				BodyHandlers.ofString()).body();
		String csrf = form.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("username=" + coChair.username() + "&password="
					+ URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf))
			.build(), BodyHandlers.ofString());
		HttpResponse<String> page = browser.send(
				upload(URI.create("http://localhost:" + port + "/documents/" + filed.id() + "/files"), 27)
					.header("Accept", "text/html")
					.build(),
				BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(413);
		assertThat(page.body()).contains("larger than 20 MB");
		assertThat(registry.get(coChair, filed.id()).versions()).isEmpty();
	}

	/** A multipart request carrying a PDF of the given size in megabytes. */
	private static HttpRequest.Builder upload(URI target, int megabytes) {
		byte[] head = ("--boundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n").getBytes(StandardCharsets.US_ASCII);
		byte[] tail = "\r\n--boundary--\r\n".getBytes(StandardCharsets.US_ASCII);
		byte[] body = new byte[head.length + megabytes * 1024 * 1024 + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
		return HttpRequest.newBuilder(target)
			.header("Content-Type", "multipart/form-data; boundary=boundary")
			.POST(BodyPublishers.ofByteArray(body));
	}

	@Test
	void keepsTypedValuesWhenThePageFormIsInvalid() throws Exception {
		String page = mvc.perform(post("/documents").with(csrf()).with(as(fixtures.coChair(Institution.UN)))
			.param("symbol", "GID/FORM/1")
			.param("title", "")
			.param("kind", "DRAFT")
			.param("authorKind", "CO_CHAIRS")
			.param("audience", "CO_CHAIRS")
			.param("circulationDate", "2026-11-20")
			.param("textEn", "Typed text that must survive"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Typed text that must survive").contains("Give the document a title.");
		String tooLong = mvc.perform(post("/documents").with(csrf()).with(as(fixtures.coChair(Institution.UN)))
			.param("symbol", "GID/FORM/2")
			.param("title", "t".repeat(301))
			.param("kind", "DRAFT")
			.param("authorKind", "CO_CHAIRS")
			.param("audience", "CO_CHAIRS")
			.param("circulationDate", "2026-11-20"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(tooLong).contains("The title may have at most 300 characters.");
	}

	@Test
	void keepsTheQueryWhenSwitchingLanguage() throws Exception {
		String page = mvc.perform(get("/documents?kind=DRAFT&lang=en")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("href=\"/documents?kind=DRAFT&amp;lang=ru\"");
	}

	@Test
	void startsNewDocumentsWithTheNarrowestAudience() throws Exception {
		Viewer ge = fixtures.participant("GE");
		String participantForm = mvc.perform(get("/documents/new").with(as(ge))).andReturn().getResponse().getContentAsString();
		assertThat(participantForm).containsPattern("value=\"GROUP_ONLY:" + ge.groupId() + "\"[^>]*selected");
		String coChairForm = mvc.perform(get("/documents/new").with(as(fixtures.coChair(Institution.EU))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(coChairForm).containsPattern("value=\"CO_CHAIRS\"[^>]*selected");
	}

	@Test
	void explainsARefusedPageUploadAndRemembersTheLanguage() throws Exception {
		Viewer coChair = fixtures.coChair(Institution.UN);
		DocumentDetail filed = registry.file(coChair, new DocumentDraft("GID/UP/" + UUID.randomUUID().toString().substring(0, 6),
				"Upload", DocumentKind.REPORT, AuthorKind.CO_CHAIRS, null, Audience.coChairs(), java.time.LocalDate.now(),
				java.util.Map.of()));
		var refused = mvc.perform(multipart("/documents/{id}/files", filed.id())
			.file(new MockMultipartFile("file", "notes.pdf", "application/pdf", "plain text".getBytes()))
			.param("language", "RU")
			.with(csrf())
			.with(as(coChair))).andExpect(status().is3xxRedirection()).andReturn();
		String page = mvc.perform(get("/documents/{id}", filed.id()).with(as(coChair)).flashAttrs(refused.getFlashMap()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Only PDF and DOCX files are accepted").containsPattern("value=\"RU\"[^>]*selected");
	}

	@Test
	void offersTheCurrentVersionAfterAConcurrentEdit() throws Exception {
		Viewer coChair = fixtures.coChair(Institution.OSCE);
		DocumentDetail filed = registry.file(coChair, new DocumentDraft("GID/EDIT/" + UUID.randomUUID().toString().substring(0, 6),
				"First", DocumentKind.DRAFT, AuthorKind.CO_CHAIRS, null, Audience.coChairs(), java.time.LocalDate.now(),
				java.util.Map.of()));
		registry.revise(fixtures.secretariat(), filed.id(), filed.version(), new DocumentDraft(filed.symbol(), "Second",
				DocumentKind.DRAFT, AuthorKind.CO_CHAIRS, null, Audience.coChairs(), filed.circulationDate(), java.util.Map.of()));
		String page = mvc.perform(post("/documents/{id}", filed.id()).with(csrf()).with(as(coChair))
			.param("symbol", filed.symbol())
			.param("title", "Mine")
			.param("kind", "DRAFT")
			.param("authorKind", "CO_CHAIRS")
			.param("audience", "CO_CHAIRS")
			.param("circulationDate", filed.circulationDate().toString())
			.param("version", String.valueOf(filed.version())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long current = registry.get(coChair, filed.id()).version();
		assertThat(page).contains("changed-meanwhile").contains("value=\"Mine\"")
			.contains("name=\"version\" value=\"" + current + "\"");
	}

	@Test
	void answersUnknownDocumentsWithNotFoundPageThatLeaksNothing() throws Exception {
		String page = mvc.perform(get("/documents/{id}", UUID.randomUUID()))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("error-detail").doesNotContain("Exception").doesNotContain("at org.");
		mvc.perform(get("/documents/not-a-uuid")).andExpect(status().isNotFound());
	}

	@Test
	void answersUnknownAddressesWithAPageForBrowsersAndAProblemForTheApi() throws Exception {
		String page = mvc.perform(get("/no/such/page").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("error-detail").contains("Mediation Desk");
		mvc.perform(get("/api/v1/no-such-thing").with(as(fixtures.secretariat())))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/documents")
			.with(as(fixtures.secretariat())))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}
}
