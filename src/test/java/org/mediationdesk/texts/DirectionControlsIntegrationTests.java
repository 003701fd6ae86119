package org.mediationdesk.texts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.ApprovedText;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * A wording is approved as its characters stand: one with a direction control (a right-to-left override that
 * shows other words than those kept) is refused on the page, in the API and in the facade, in the reader's
 * language; a wording in Georgian, Russian and English needs none and passes as typed; and an older wording that
 * still holds one leaves the files without it and stands in a {@code <bdi>} of its own on the page.
 */
@IntegrationTest
class DirectionControlsIntegrationTests {

	/** Kept as "no party shall use force" backwards: between the override and its end it shows "all parties shall use force". */
	static final String OVERRIDDEN = "The participants agree that \u202Eecrof esu llahs seitrap lla\u202C.";

	static final String MIXED = "Участники из Цхинвали / ცხინვალი and Sukhum(i) / სოხუმი agree: [не применять силу].";

	@Autowired
	NegotiatingTexts texts;

	@Autowired
	TextReading reading;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private static <B extends AbstractMockHttpServletRequestBuilder<B>> B as(B request, Viewer viewer) {
		return request.with(authentication(Fixtures.authentication(viewer))).with(csrf());
	}

	private UUID text(Viewer coChair) {
		UUID id = texts.create(coChair, new NegotiatingTexts.NewText("GID/BIDI/" + UUID.randomUUID().toString()
			.substring(0, 6), "Non-use of force", null, null, Audience.allParticipants(), List.of("GE"))).id();
		texts.addProvision(coChair, id);
		return id;
	}

	@Test
	void refusesAWordingWithARightToLeftOverrideInEveryLanguage() throws Exception {
		Viewer coChair = fixtures.coChair(Institution.EU);
		UUID id = text(coChair);
		assertThatThrownBy(() -> texts.propose(coChair, id, "para_1",
				new NegotiatingTexts.NewWording(OVERRIDDEN, null, null, false)))
			.isInstanceOf(DeskException.Invalid.class).hasMessage(ApprovedText.DIRECTION_CONTROLS);
		assertThatThrownBy(() -> texts.propose(coChair, id, "para_1",
				new NegotiatingTexts.NewWording("Refrain from force.", "Воздерживаться\u2067 от силы.", null, false)))
			.as("the Russian version too").hasMessage(ApprovedText.DIRECTION_CONTROLS);

		String json = "{\"provision\": \"para_1\", \"textEn\": \"" + OVERRIDDEN + "\"}";
		for (String[] language : new String[][] { { "en", "invisible character" }, { "ru", "невидимый знак" },
				{ "ka", "უხილავ სიმბოლოს" } }) {
			String problem = mvc.perform(as(post("/api/v1/texts/" + id + "/wordings"), coChair)
				.contentType(MediaType.APPLICATION_JSON).header("Accept-Language", language[0]).content(json))
				.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(problem).as(language[0]).contains(language[1], "29").doesNotContain("{0");
		}
		mvc.perform(as(post("/texts/" + id + "/wordings").param("provision", "para_1").param("textEn", OVERRIDDEN), coChair))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", ApprovedText.DIRECTION_CONTROLS))
			.andExpect(flash().attribute("draft", new TextsController.WordingForm("para_1", OVERRIDDEN, null, null, false)));
		assertThat(reading.text(coChair, id).provisions().get(0).wordings()).as("nothing half-written is kept").isEmpty();
	}

	@Test
	void passesAWordingInMixedScriptsAsTyped() {
		Viewer coChair = fixtures.coChair(Institution.UN);
		UUID id = text(coChair);
		texts.propose(coChair, id, "para_1", new NegotiatingTexts.NewWording(MIXED, MIXED, null, false));
		TextView.WordingView wording = reading.text(coChair, id).provisions().get(0).wordings().get(0);
		assertThat(wording.textEn()).isEqualTo(MIXED);
		assertThat(wording.textRu()).isEqualTo(MIXED);
	}

	@Test
	void anOlderWordingWithAnOverrideLeavesTheFilesWithoutItAndStandsIsolatedOnThePage() throws Exception {
		Viewer coChair = fixtures.coChair(Institution.OSCE);
		UUID id = text(coChair);
		UUID wording = texts.propose(coChair, id, "para_1",
				new NegotiatingTexts.NewWording("The participants agree that placeholder.", null, null, false));
		// as a wording kept before the refusal existed
		jdbc.sql("UPDATE text_wording SET text_en = :text WHERE id = :id").param("text", OVERRIDDEN).param("id", wording)
			.update();
		String shown = "The participants agree that ecrof esu llahs seitrap lla.";

		String akn = new String(reading.export(coChair, id, "akn", LanguageCode.EN).content(), StandardCharsets.UTF_8);
		assertThat(akn).contains(shown);
		assertThat(ApprovedText.firstDirectionControl(akn)).isEqualTo(-1);
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(
				reading.export(coChair, id, "docx", LanguageCode.EN).content()));
				XWPFWordExtractor words = new XWPFWordExtractor(docx)) {
			assertThat(words.getText()).contains(shown);
			assertThat(ApprovedText.firstDirectionControl(words.getText())).isEqualTo(-1);
		}
		try (PDDocument pdf = Loader.loadPDF(reading.export(coChair, id, "pdf", LanguageCode.EN).content())) {
			String printed = new PDFTextStripper().getText(pdf);
			assertThat(printed).contains("ecrof esu llahs seitrap lla");
			assertThat(ApprovedText.firstDirectionControl(printed)).isEqualTo(-1);
		}
		String page = mvc.perform(as(get("/texts/" + id), coChair)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("<bdi>" + OVERRIDDEN + "</bdi>");
	}
}
