package org.mediationdesk.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** The terminology pages and API for the co-chairs and secretariat, and the glossary they keep. */
@IntegrationTest
class TerminologyIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Glossary glossary;

	@Autowired
	TerminologyCheck check;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TerminologyGate gate;

	private static <B extends AbstractMockHttpServletRequestBuilder<B>> B as(B request, Viewer viewer) {
		return request.with(authentication(Fixtures.authentication(viewer))).with(csrf());
	}

	@Test
	void loadsTheReferenceGlossaryAtFirstStart() {
		assertThat(glossary.search("", 0).total()).isGreaterThanOrEqualTo(22);
		assertThat(glossary.search("Сухум", 0).items()).extracting(concept -> concept.id()).contains("sukhumi");
		assertThat(check.check("Near the occupation line.", LanguageCode.EN, TextKind.MEDIATOR).passed()).isFalse();
	}

	@Test
	void checksATextOverTheApiForTheCoChairsOnly() throws Exception {
		String body = "{\"text\": \"Встреча в Сухуме у линии оккупации.\", \"language\": \"auto\", \"kind\": \"mediator\"}";
		mvc.perform(as(post("/api/v1/terminology/check"), fixtures.secretariat()).contentType("application/json").content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.language").value("ru"))
			.andExpect(jsonPath("$.passed").value(false))
			.andExpect(jsonPath("$.findings[0].text").value("Сухуме"))
			.andExpect(jsonPath("$.findings[1].severity").value("BLOCKER"))
			.andExpect(jsonPath("$.perspective.GE").isNumber())
			.andExpect(jsonPath("$.neutralRendering[0].replacement").value("Сухуми"));
		mvc.perform(as(post("/api/v1/terminology/check"), fixtures.participant("GE")).contentType("application/json")
			.content(body)).andExpect(status().isNotFound());
		mvc.perform(as(post("/api/v1/terminology/check"), fixtures.secretariat()).contentType("application/json")
			.content("{\"text\": \"x\", \"language\": \"fr\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("use en, ru, ka or auto")));
		mvc.perform(as(post("/api/v1/terminology/check"), fixtures.secretariat()).contentType("application/json")
			.content("{\"text\": \"  \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("no text to check")));
	}

	@Test
	void rendersPlaceholdersForAnAudienceOverTheApi() throws Exception {
		mvc.perform(as(post("/api/v1/terminology/render"), fixtures.coChair(Institution.OSCE)).contentType("application/json")
			.content("{\"text\": \"Встреча в {{place:sukhumi}} и {{place:tskhinvali}}.\", \"language\": \"ru\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.text").value("Встреча в Сухуми и Цхинвали."));
		mvc.perform(as(post("/api/v1/terminology/render"), fixtures.coChair(Institution.OSCE)).contentType("application/json")
			.content("{\"text\": \"{{place:atlantis}}\", \"language\": \"en\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("{{place:atlantis}}")));
	}

	@Test
	void marksTheFindingsOfAnUploadedWordFileOnTheCheckPage() throws Exception {
		ByteArrayOutputStream docx = new ByteArrayOutputStream();
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText("The delegation of the Republic of Abkhazia spoke of “the occupation line”.");
			document.write(docx);
		}
		String page = mvc.perform(as(multipart("/terminology/check"), fixtures.coChair(Institution.EU))
			.file(new MockMultipartFile("file", "statement.docx", "application/octet-stream", docx.toByteArray()))
			.param("kind", "MEDIATOR")
			.param("language", "auto"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Does not pass").contains("(from statement.docx)")
			.contains("class=\"finding-blocker\">Republic of Abkhazia</mark>")
			.contains("class=\"finding-quoted\">occupation line</mark>")
			.contains("id=\"neutral-rendering\"");
		String refused = mvc.perform(as(post("/terminology/check"), fixtures.coChair(Institution.EU)).param("text", ""))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("There is no text to check");
	}

	@Test
	void theCoChairsKeepTheGlossaryAndTheCheckFollowsAtOnce() throws Exception {
		Viewer coChair = fixtures.coChair(Institution.UN);
		assertThat(check.check("The Zeta Crossing was closed.", LanguageCode.EN, TextKind.MEDIATOR).total()).isZero();

		mvc.perform(as(post("/terminology/glossary"), coChair).param("id", "zeta-crossing")
			.param("category", "place")
			.param("nameEn", "A crossing point")
			.param("forms[0].language", "EN")
			.param("forms[0].text", "Zeta Crossing")
			.param("forms[0].perspectives", "GE")
			.param("forms[0].severity", "WARNING")
			.param("forms[0].whyEn", "One side's name for it"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("no neutral form in [EN]")));
		assertThat(glossary.concept("zeta-crossing")).as("a concept without a neutral form is refused").isEmpty();

		mvc.perform(as(post("/terminology/glossary"), coChair).param("id", "zeta-crossing")
			.param("category", "place")
			.param("nameEn", "A crossing point")
			.param("forms[0].language", "EN")
			.param("forms[0].text", "the crossing at Zeta")
			.param("forms[0].neutral", "true")
			.param("forms[1].language", "EN")
			.param("forms[1].text", "Zeta Crossing")
			.param("forms[1].perspectives", "GE")
			.param("forms[1].severity", "WARNING")
			.param("forms[1].whyEn", "One side's name for it"))
			.andExpect(status().is3xxRedirection());
		assertThat(check.check("The Zeta Crossing was closed.", LanguageCode.EN, TextKind.MEDIATOR).findings())
			.singleElement()
			.satisfies(finding -> assertThat(finding.suggestion()).isEqualTo("the crossing at Zeta"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'glossary.created' AND object_id = 'zeta-crossing'")
			.query(Long.class)
			.single()).isEqualTo(1);

		String list = mvc.perform(as(get("/terminology/glossary").param("q", "zeta"), coChair))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains("zeta-crossing").doesNotContain("sukhumi");

		mvc.perform(as(post("/terminology/glossary/zeta-crossing/delete"), coChair)).andExpect(status().is3xxRedirection());
		assertThat(glossary.concept("zeta-crossing")).isEmpty();
		assertThat(check.check("The Zeta Crossing was closed.", LanguageCode.EN, TextKind.MEDIATOR).total()).isZero();
		mvc.perform(as(get("/terminology/glossary/zeta-crossing"), coChair)).andExpect(status().isNotFound());
	}

	@Test
	void exportsTheGlossaryAndRefusesAnInvalidImportWhole() throws Exception {
		Viewer secretariat = fixtures.secretariat();
		byte[] exported = mvc.perform(as(get("/terminology/glossary/export"), secretariat))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		int concepts = glossary.search("", 0).total();
		String broken = new String(exported, StandardCharsets.UTF_8).replaceFirst("\"severity\" : \"OK\"", "\"severity\" : \"MILD\"");
		mvc.perform(as(multipart("/terminology/glossary/import"), secretariat)
			.file(new MockMultipartFile("file", "glossary.json", "application/json", broken.getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("rejected"));
		assertThat(glossary.search("", 0).total()).isEqualTo(concepts);

		mvc.perform(as(multipart("/terminology/glossary/import"), secretariat)
			.file(new MockMultipartFile("file", "glossary.json", "application/json", exported)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("imported", concepts));
		assertThat(glossary.export()).isEqualTo(exported);
	}

	@Test
	void hidesThePagesFromEveryoneButTheCoChairsAndSecretariat() throws Exception {
		for (Viewer viewer : new Viewer[] { fixtures.participant("RU"), fixtures.admin() }) {
			mvc.perform(as(get("/terminology"), viewer)).andExpect(status().isNotFound());
			mvc.perform(as(get("/terminology/glossary"), viewer)).andExpect(status().isNotFound());
		}
		mvc.perform(get("/terminology/glossary/sukhumi")).andExpect(status().isNotFound());
		mvc.perform(as(get("/terminology/glossary/sukhumi"), fixtures.secretariat())).andExpect(status().isOk());
	}

	@Test
	void theGateRefusesEachSidesNameForTheLineInAMediatorsTextAndAcceptsTheNeutralForm() {
		String[][] names = { { "administrative boundary line", "EN" }, { "occupation line", "EN" },
				{ "line of control", "EN" }, { "state border", "EN" }, { "линии оккупации", "RU" },
				{ "государственной границы", "RU" }, { "საოკუპაციო ხაზი", "KA" } };
		for (String[] name : names) {
			LanguageCode language = LanguageCode.valueOf(name[1]);
			String text = switch (language) {
				case RU -> "Ограждения установлены вдоль " + name[0] + ".";
				case KA -> "მონაწილეებმა განიხილეს " + name[0] + ".";
				default -> "Fences were installed along the " + name[0] + ".";
			};
			var passages = List.of(
					new TerminologyGate.Passage(TerminologyGate.Place.of("paragraph"), language, text));
			assertThat(gate.blockers(passages)).as(name[0]).singleElement().satisfies(blocker -> {
				assertThat(blocker.finding().concept()).isEqualTo("dividing-line");
				assertThat(blocker.finding().text()).isEqualTo(name[0]);
			});
		}
		for (String[] neutral : new String[][] { { "Fences were installed along the line.", "EN" },
				{ "Fences were installed along the dividing line.", "EN" },
				{ "Ограждения установлены вдоль линии разграничения.", "RU" },
				{ "მონაწილეებმა განიხილეს ვითარება გამყოფი ხაზის გასწვრივ.", "KA" } }) {
			var passages = List.of(new TerminologyGate.Passage(TerminologyGate.Place.of("paragraph"),
					LanguageCode.valueOf(neutral[1]), neutral[0]));
			assertThat(gate.blockers(passages)).as(neutral[0]).isEmpty();
			assertThatCode(() -> gate.requireNeutral(passages)).doesNotThrowAnyException();
		}
	}
}
