package org.mediationdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.process.RoundView;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Bad input is the user's to fix, never a server error: a form that cannot be read comes back with the field
 * marked and what was typed kept, an over-long field is refused naming it, a tampered token is refused as any
 * invalid one, a file nested too deep is named as malformed.
 */
@IntegrationTest
class BadInputIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DocumentRegistry documents;

	@Autowired
	RoundRecord rounds;

	@Autowired
	org.mediationdesk.process.RoundManagement roundManagement;

	private static RequestPostProcessor as(Viewer viewer) {
		return authentication(Fixtures.authentication(viewer));
	}

	private static String html(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void keepsWhatWasTypedInTheDocumentFormWhenTheDateCannotBeRead() throws Exception {
		MvcResult result = mvc.perform(post("/documents").with(csrf()).with(as(fixtures.secretariat()))
			.param("symbol", "GID/BAD/DATE")
			.param("title", "A title worth keeping")
			.param("kind", "NON_PAPER")
			.param("authorKind", "CO_CHAIRS")
			.param("audience", Audience.coChairs().key())
			.param("circulationDate", "30/11/2026")
			.param("textEn", "Words typed with care")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		String page = html(result);
		assertThat(page).contains("A title worth keeping").contains("Words typed with care").contains("30/11/2026")
			.contains("id=\"circulationDate-error\"")
			.contains("is-invalid");
	}

	@Test
	void keepsWhatWasTypedInTheDocumentFormWhenTheKindIsUnknown() throws Exception {
		MvcResult result = mvc.perform(post("/documents").with(csrf()).with(as(fixtures.secretariat()))
			.param("symbol", "GID/BAD/KIND")
			.param("title", "Another title worth keeping")
			.param("kind", "MANIFESTO")
			.param("authorKind", "CO_CHAIRS")
			.param("audience", Audience.coChairs().key())
			.param("circulationDate", "2026-11-30")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(html(result)).contains("Another title worth keeping").contains("id=\"kind-error\"");
	}

	@Test
	void keepsWhatWasTypedInTheRevisionFormWhenTheVersionIsNotANumber() throws Exception {
		Viewer secretariat = fixtures.secretariat();
		DocumentDetail filed = documents.file(secretariat, new DocumentDraft("GID/BAD/VERSION/" + System.nanoTime() % 100000,
				"Before", DocumentKind.NON_PAPER, AuthorKind.CO_CHAIRS, null, Audience.coChairs(),
				LocalDate.of(2026, 11, 30), Map.of(LanguageCode.EN, "text")));
		MvcResult result = mvc.perform(post("/documents/{id}", filed.id()).with(csrf()).with(as(secretariat))
			.param("symbol", filed.symbol())
			.param("title", "A revised title worth keeping")
			.param("kind", "NON_PAPER")
			.param("authorKind", "CO_CHAIRS")
			.param("audience", Audience.coChairs().key())
			.param("circulationDate", "2026-11-30")
			.param("version", "seven")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(html(result)).contains("A revised title worth keeping").contains("id=\"form-errors\"");
		assertThat(documents.get(secretariat, filed.id()).title()).isEqualTo("Before");
	}

	@Test
	void refusesAnOverLongVenueNamingIt() throws Exception {
		String venue = "V".repeat(201);
		MvcResult api = mvc.perform(post("/api/v1/rounds").with(as(fixtures.secretariat()))
			.contentType("application/json")
			.content("{\"start\":\"2031-03-01\",\"venue\":\"" + venue + "\"}")).andReturn();
		assertThat(api.getResponse().getStatus()).isEqualTo(400);
		assertThat(api.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("venue");

		MvcResult page = mvc.perform(post("/rounds").with(csrf()).with(as(fixtures.secretariat()))
			.param("start", "2031-03-01")
			.param("venue", venue)).andReturn();
		assertThat(page.getResponse().getStatus()).isEqualTo(302);
		assertThat(page.getFlashMap().get("problem")).isEqualTo("round.venueTooLong");
		assertThat(page.getFlashMap().get("submitted")).isInstanceOf(Map.class);
		assertThat(((Map<?, ?>) page.getFlashMap().get("submitted")).get("venue")).isEqualTo(java.util.List.of(venue));
	}

	@Test
	void refusesOverLongReasonsNamingThem() throws Exception {
		Viewer secretariat = fixtures.secretariat();
		RoundView round = roundManagement.convene(secretariat, LocalDate.of(2032, 4, 1), LocalDate.of(2032, 4, 2), null, false);
		String reason = "R".repeat(1001);
		MockHttpServletResponse postponed = mvc.perform(post("/api/v1/rounds/{n}/postponement", round.number())
			.with(as(secretariat))
			.contentType("application/json")
			.content("{\"reason\":\"" + reason + "\"}")).andReturn().getResponse();
		assertThat(postponed.getStatus()).isEqualTo(400);
		assertThat(postponed.getContentAsString(StandardCharsets.UTF_8)).contains("reason");
		MockHttpServletResponse suspended = mvc.perform(post("/api/v1/rounds/{n}/status", round.number())
			.with(as(secretariat))
			.contentType("application/json")
			.content("{\"action\":\"SUSPEND\",\"reason\":\"" + reason + "\"}")).andReturn().getResponse();
		assertThat(suspended.getStatus()).isEqualTo(400);
		assertThat(suspended.getContentAsString(StandardCharsets.UTF_8)).contains("reason");

		MvcResult page = mvc.perform(post("/rounds/{n}/postponement", round.number()).with(csrf()).with(as(secretariat))
			.param("reason", reason)).andReturn();
		assertThat(page.getResponse().getStatus()).isEqualTo(302);
		assertThat(page.getFlashMap().get("problem")).isEqualTo("round.reasonTooLong");
		assertThat(((Map<?, ?>) page.getFlashMap().get("submitted")).get("reason")).isEqualTo(java.util.List.of(reason));
		assertThat(rounds.round(secretariat, round.number()).status()).isEqualTo(round.status());
	}

	@Test
	void refusesATamperedCsrfTokenAsAnyInvalidOne() throws Exception {
		String username = fixtures.account(Role.CO_CHAIR, Institution.UN, null);
		MockHttpSession session = (MockHttpSession) mvc
			.perform(SecurityMockMvcRequestBuilders.formLogin().user(username).password(Fixtures.PASSWORD))
			.andReturn().getRequest().getSession();
		String profile = html(mvc.perform(get("/profile").session(session)).andReturn());
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(profile);
		assertThat(token.find()).isTrue();
		String valid = token.group(1);
		for (String tampered : new String[] { valid.substring(0, valid.length() - 4) + "AAAA",
				valid.substring(0, valid.length() - 4) + "____", valid.substring(0, valid.length() - 4) + "%%%%",
				valid.substring(0, valid.length() - 1), valid + "A", valid.substring(0, 10), "!" }) {
			int status = mvc.perform(post("/profile/tokens").session(session).param("_csrf", tampered)
				.param("name", "tampered")).andReturn().getResponse().getStatus();
			assertThat(status).as("token " + tampered).isEqualTo(403);
		}
	}

	@Test
	void namesAFileNestedTooDeepAsMalformed() throws Exception {
		String deep = "{\"formatVersion\":2,\"rounds\":" + "[".repeat(600) + "]".repeat(600) + "}";
		MvcResult result = mvc.perform(multipart("/admin/process")
			.file(new MockMultipartFile("file", "deep.json", "application/json", deep.getBytes(StandardCharsets.UTF_8)))
			.with(csrf())
			.with(as(fixtures.admin()))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(html(result)).contains("id=\"rejected\"").contains("nested");
	}

	@Test
	void stripsDirectionControlsFromTitlesAndFileNames() throws Exception {
		Viewer secretariat = fixtures.secretariat();
		DocumentDetail filed = documents.file(secretariat, new DocumentDraft("GID/BIDI/" + System.nanoTime() % 100000,
				"Report on \u202Etxt.exe", DocumentKind.NON_PAPER, AuthorKind.CO_CHAIRS, null, Audience.coChairs(),
				LocalDate.of(2026, 11, 30), Map.of(LanguageCode.EN, "text")));
		assertThat(filed.title()).isEqualTo("Report on txt.exe");
		DocumentDetail attached = documents.attach(secretariat, filed.id(), LanguageCode.EN, "annex\u202Efdp.\u2066pdf",
				"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
		assertThat(attached.in(LanguageCode.EN).orElseThrow().fileName()).isEqualTo("annexfdp.pdf");

		MvcResult page = mvc.perform(post("/rounds").with(csrf()).with(as(secretariat))
			.param("start", "2033-05-01")
			.param("venue", "Gen\u202Eeva")).andReturn();
		assertThat(page.getResponse().getStatus()).isEqualTo(302);
		int number = Integer.parseInt(page.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		assertThat(rounds.round(secretariat, number).venue()).isEqualTo("Geneva");
	}
}
