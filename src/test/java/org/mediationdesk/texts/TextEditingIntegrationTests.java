package org.mediationdesk.texts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

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
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Working on a text at the same time as others, and in two languages: a write made on a stale view is refused
 * with what changed meanwhile and nothing of the writer's is lost; the history shows each side only what it may
 * see; the Russian version is checked against the English; exports come in Russian with their own fonts, and the
 * Akoma Ntoso export is valid against the OASIS schema.
 */
@IntegrationTest
class TextEditingIntegrationTests {

	@Autowired
	NegotiatingTexts texts;

	@Autowired
	org.mediationdesk.texts.TextReading reading;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MockMvc mvc;

	private TextView newText(Viewer coChair, String chapeau) {
		TextView text = texts.create(coChair, new NegotiatingTexts.NewText("GID/EDIT/" + UUID.randomUUID().toString()
			.substring(0, 8), "Statement on freedom of movement", null, chapeau, Audience.allParticipants(),
				List.of("GE", "RU", "AB")));
		return texts.share(coChair, text.id(), null);
	}

	private static <B extends AbstractMockHttpServletRequestBuilder<B>> B as(B request, Viewer viewer) {
		return request.with(authentication(Fixtures.authentication(viewer))).with(csrf());
	}

	@Test
	void refusesTheSecondWriterOfTheHeadingAndKeepsWhatTheyWrote() throws Exception {
		Viewer eu = fixtures.coChair(Institution.EU);
		Viewer un = fixtures.coChair(Institution.UN);
		TextView text = newText(eu, "The participants,");
		long seenByEu = reading.text(eu, text.id()).seen();

		texts.unlessChangedSince(un, text.id(), reading.text(un, text.id()).seen(), false, () -> texts.editHeading(un, text.id(),
				new NegotiatingTexts.Heading("Statement on freedom of movement", null, "The participants of the discussions,", null)));

		MvcResult refused = mvc.perform(as(post("/texts/" + text.id() + "/heading"), eu).param("seen", Long.toString(seenByEu))
			.param("title", "Statement on freedom of movement")
			.param("chapeau", "The participants, meeting in Geneva,"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", "texts.changedMeanwhile"))
			.andReturn();
		assertThat(reading.text(eu, text.id()).chapeau()).as("nothing of the stale write is saved")
			.isEqualTo("The participants of the discussions,");
		String page = mvc.perform(as(get("/texts/" + text.id()), eu).flashAttrs(refused.getFlashMap()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"changed-meanwhile\"").contains("changed the heading (the chapeau)")
			.as("the co-chairs see which of them made the change").contains("(" + un.username() + ")");
		assertThat(page).as("what the second writer wrote is still in the form")
			.contains(">The participants, meeting in Geneva,</textarea>")
			.as("beside what the text says now").containsPattern("id=\"heading-now\"[\\s\\S]*The participants of the discussions,");

		mvc.perform(as(post("/texts/" + text.id() + "/heading"), eu).param("seen", Long.toString(reading.text(eu, text.id()).seen()))
			.param("title", "Statement on freedom of movement")
			.param("chapeau", "The participants, meeting in Geneva,"))
			.andExpect(flash().attribute("notice", "texts.headingSaved"));
		assertThat(reading.text(un, text.id()).chapeau()).isEqualTo("The participants, meeting in Geneva,");
		assertThat(reading.history(un, text.id(), 0).items()).extracting(TextHistory.Change::change)
			.containsExactly("heading-edited", "heading-edited", "shared", "created");
	}

	@Test
	void answersAStaleIfMatchWith412AndTheChangesMeanwhile() throws Exception {
		Viewer coChair = fixtures.coChair(Institution.OSCE);
		Viewer tbilisi = fixtures.participant("GE");
		TextView text = newText(coChair, null);
		texts.addProvision(coChair, text.id());
		String etag = mvc.perform(as(get("/api/v1/texts/" + text.id()), tbilisi))
			.andExpect(status().isOk())
			.andExpect(header().exists("ETag"))
			.andReturn()
			.getResponse()
			.getHeader("ETag");

		texts.propose(fixtures.participant("RU"), text.id(), "para_1", new NegotiatingTexts.NewWording(
				"Crossings stay open.", null, null, false));

		mvc.perform(as(post("/api/v1/texts/" + text.id() + "/wordings"), tbilisi).header("If-Match", etag)
			.contentType("application/json")
			.content("{\"provision\": \"para_1\", \"textEn\": \"Crossings [stay] open day and night.\"}"))
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.code").value("texts.changedMeanwhile"))
			.andExpect(jsonPath("$.changes[0].change").value("wording-proposed"))
			.andExpect(jsonPath("$.changes[0].side").value("RU"))
			.andExpect(jsonPath("$.changes[0].actor").doesNotExist());
		assertThat(reading.text(tbilisi, text.id()).provisions().get(0).wordings()).as("the stale wording was not saved")
			.extracting(TextView.WordingView::sponsor).containsExactly("RU");

		String fresh = mvc.perform(as(get("/api/v1/texts/" + text.id()), tbilisi)).andReturn().getResponse().getHeader("ETag");
		mvc.perform(as(post("/api/v1/texts/" + text.id() + "/wordings"), tbilisi).header("If-Match", fresh)
			.contentType("application/json")
			.content("{\"provision\": \"para_1\", \"textEn\": \"Crossings [stay] open day and night.\"}"))
			.andExpect(status().isCreated());
		String coChairsTag = mvc.perform(as(get("/api/v1/texts/" + text.id()), coChair)).andReturn().getResponse()
			.getHeader("ETag");
		String afterHeading = mvc.perform(as(put("/api/v1/texts/" + text.id() + "/heading"), coChair)
			.header("If-Match", coChairsTag)
			.contentType("application/json")
			.content("{\"title\": \"Statement on crossings\", \"titleRu\": \"Заявление о пунктах пропуска\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.titleRu").value("Заявление о пунктах пропуска"))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		assertThat(afterHeading).as("the answer carries the ETag to send with the next write").isNotEqualTo(coChairsTag);
		mvc.perform(as(get("/api/v1/texts/" + text.id()), coChair).header("If-None-Match", afterHeading))
			.andExpect(status().isNotModified());
		mvc.perform(as(post("/api/v1/texts/" + text.id() + "/wordings"), tbilisi).header("If-Match", "yesterday")
			.contentType("application/json")
			.content("{\"provision\": \"para_1\", \"textEn\": \"Another.\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("ETag")));
	}

	@Test
	void aSealedStanceOfAnotherGroupLeavesNoTraceInHistoryOrETag() throws Exception {
		Viewer coChair = fixtures.coChair(Institution.EU);
		Viewer tbilisi = fixtures.participant("GE");
		Viewer moscow = fixtures.participant("RU");
		TextView text = newText(coChair, null);
		String eId = texts.addProvision(coChair, text.id());
		UUID wording = texts.propose(coChair, text.id(), eId, new NegotiatingTexts.NewWording("Crossings stay open.",
				null, null, false));
		long seenByTbilisi = reading.text(tbilisi, text.id()).seen();
		long seenByCoChairs = reading.text(coChair, text.id()).seen();

		texts.state(moscow, text.id(), wording, StanceKind.REJECT, null);

		assertThat(reading.text(tbilisi, text.id()).seen()).as("another group's sealed stance does not move the ETag")
			.isEqualTo(seenByTbilisi);
		assertThat(reading.history(tbilisi, text.id(), 0).items()).extracting(TextHistory.Change::change)
			.doesNotContain("stance-stated");
		assertThat(reading.history(moscow, text.id(), 0).items()).extracting(TextHistory.Change::change)
			.contains("stance-stated");
		assertThat(reading.text(coChair, text.id()).seen()).isGreaterThan(seenByCoChairs);
		assertThat(reading.history(tbilisi, text.id(), 0).items()).as("participants see the side, not the person")
			.allSatisfy(change -> assertThat(change.actor()).isNull());
		texts.unlessChangedSince(tbilisi, text.id(), seenByTbilisi, true, () -> {
			texts.state(tbilisi, text.id(), wording, StanceKind.ACCEPT, null);
			return null;
		});
		assertThat(reading.text(tbilisi, text.id()).seen()).as("the ETag counts only what the group may see: one more, its own")
			.isEqualTo(seenByTbilisi + 1);
		texts.unlessChangedSince(coChair, text.id(), seenByCoChairs, false, () -> texts.editHeading(coChair, text.id(),
				new NegotiatingTexts.Heading("Statement on crossings", null, null, null)));
		assertThatThrownBy(() -> texts.unlessChangedSince(coChair, text.id(), seenByCoChairs, true, () -> {
			texts.reveal(coChair, text.id());
			return null;
		})).as("the co-chairs reveal nothing on a view older than the stances")
			.isInstanceOfSatisfying(ChangedMeanwhile.class, refused -> assertThat(refused.changes())
				.extracting(TextHistory.Change::side).containsExactly("RU", "GE"));
		assertThat(reading.text(coChair, text.id()).revealed()).isFalse();
		assertThat(reading.text(coChair, text.id()).title()).as("stances do not overtake an edit of the wording")
			.isEqualTo("Statement on crossings");

		mvc.perform(as(get("/api/v1/texts/" + text.id() + "/history"), moscow))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(5))
			.andExpect(jsonPath("$.items[0].change").value("heading-edited"))
			.andExpect(jsonPath("$.items[1].change").value("stance-stated"));
		mvc.perform(as(get("/texts/" + text.id() + "/history"), fixtures.admin())).andExpect(status().isNotFound());
	}

	@Test
	void listsWhatTheRussianVersionLacksOrHasOutOfStep() {
		Viewer coChair = fixtures.coChair(Institution.UN);
		Viewer tbilisi = fixtures.participant("GE");
		TextView text = newText(coChair, "The participants,");
		String eId = texts.addProvision(coChair, text.id());
		UUID own = texts.propose(coChair, text.id(), eId, new NegotiatingTexts.NewWording("Crossings [stay] open.",
				null, null, false));
		UUID tbilisiWording = texts.propose(tbilisi, text.id(), eId, new NegotiatingTexts.NewWording(
				"Crossings [stay] [open].", null, null, false));
		assertThat(reading.missingInRussian(coChair, text.id())).extracting(TextReading.Missing::gap,
				TextReading.Missing::part)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(TextReading.Missing.Gap.MISSING, null),
					org.assertj.core.groups.Tuple.tuple(TextReading.Missing.Gap.MISSING, "chapeau"),
					org.assertj.core.groups.Tuple.tuple(TextReading.Missing.Gap.MISSING, eId),
					org.assertj.core.groups.Tuple.tuple(TextReading.Missing.Gap.MISSING, eId));

		texts.editHeading(coChair, text.id(), new NegotiatingTexts.Heading(text.title(), "Заявление о свободе передвижения",
				"The participants,", "Участники,"));
		texts.translate(coChair, text.id(), own, "Пункты пропуска [остаются] открытыми.");
		texts.translate(tbilisi, text.id(), tbilisiWording, "Пункты пропуска [остаются] открытыми.");
		assertThatThrownBy(() -> texts.translate(coChair, text.id(), tbilisiWording, "Другое."))
			.as("a side's wording is put into Russian by that side").hasMessage("texts.notYourWording");
		assertThat(reading.missingInRussian(coChair, text.id())).as("Tbilisi's Russian leaves one passage open, not two")
			.extracting(TextReading.Missing::gap, TextReading.Missing::part, TextReading.Missing::sponsor)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(TextReading.Missing.Gap.BRACKETS, eId, "GE"));

		texts.editHeading(coChair, text.id(), new NegotiatingTexts.Heading("Statement on the freedom of movement",
				"Заявление о свободе передвижения", "The participants,", "Участники,"));
		assertThat(reading.missingInRussian(coChair, text.id())).extracting(TextReading.Missing::gap,
				TextReading.Missing::part)
			.contains(org.assertj.core.groups.Tuple.tuple(TextReading.Missing.Gap.OUT_OF_DATE, null));
		texts.editHeading(coChair, text.id(), new NegotiatingTexts.Heading("Statement on the freedom of movement",
				"Заявление о свободе передвижения", "The participants of the discussions,", "Участники,"));
		assertThat(reading.missingInRussian(coChair, text.id())).as("another change does not align the Russian title")
			.extracting(TextReading.Missing::gap, TextReading.Missing::part)
			.contains(org.assertj.core.groups.Tuple.tuple(TextReading.Missing.Gap.OUT_OF_DATE, null),
					org.assertj.core.groups.Tuple.tuple(TextReading.Missing.Gap.OUT_OF_DATE, "chapeau"));
		int before = reading.history(coChair, text.id(), 0).items().size();
		texts.editHeading(coChair, text.id(), new NegotiatingTexts.Heading("Statement on the freedom of movement",
				"Заявление о свободе передвижения", "The participants of the discussions,", "Участники,"));
		assertThat(reading.history(coChair, text.id(), 0).items()).as("a save that changes nothing is not on record")
			.hasSize(before);
		texts.editHeading(coChair, text.id(), new NegotiatingTexts.Heading("Statement on the freedom of movement",
				"Заявление о свободе передвижения", "The participants of the discussions,", "Участники обсуждений,", false));
		texts.editHeading(coChair, text.id(), new NegotiatingTexts.Heading("Statement on the freedom of movement",
				"Заявление о свободе передвижения", "The participants of the discussions,", "Участники обсуждений,", true));
		assertThat(reading.missingInRussian(coChair, text.id())).as("a new Russian chapeau, and the title confirmed: aligned")
			.extracting(TextReading.Missing::part).doesNotContainNull().doesNotContain("chapeau");
		assertThat(reading.history(coChair, text.id(), 0).items().get(0).detail()).isEqualTo("russian-aligned");
		assertThatThrownBy(() -> texts.editHeading(tbilisi, text.id(), new NegotiatingTexts.Heading("Mine", null, null,
				null))).isInstanceOf(DeskException.NotFound.class);
	}

	@Test
	void confidesNothingOfAnotherSideToTheGroupOfATextForOneGroupAndTheCoChairs() {
		Viewer coChair = fixtures.coChair(Institution.EU);
		Viewer moscow = fixtures.participant("RU");
		TextView text = texts.create(coChair, new NegotiatingTexts.NewText("GID/EDIT/" + UUID.randomUUID().toString()
				.substring(0, 8), "A text for Moscow and the co-chairs", null, null,
				Audience.groupAndCoChairs(fixtures.group("RU").id()), List.of("RU")));
		texts.share(coChair, text.id(), null);
		String eId = texts.addProvision(coChair, text.id());
		long seen = reading.text(moscow, text.id()).seen();
		UUID confided = texts.propose(coChair, text.id(), eId, new NegotiatingTexts.NewWording("The co-chairs' own idea.",
				null, null, true));
		texts.translate(coChair, text.id(), confided, "Собственная мысль сопредседателей.");
		assertThat(reading.text(moscow, text.id()).seen()).as("the co-chairs' wording in confidence moves nothing for Moscow")
			.isEqualTo(seen);
		assertThat(reading.history(moscow, text.id(), 0).items()).extracting(TextHistory.Change::change)
			.doesNotContain("wording-proposed", "wording-translated");
		assertThat(reading.history(coChair, text.id(), 0).items()).extracting(TextHistory.Change::change)
			.contains("wording-proposed", "wording-translated");
		UUID own = texts.propose(moscow, text.id(), eId, new NegotiatingTexts.NewWording("Moscow's idea.", null, null, true));
		assertThat(reading.text(moscow, text.id()).provisions().get(0).wordings()).extracting(TextView.WordingView::id)
			.containsExactly(own);
		assertThat(reading.history(moscow, text.id(), 0).items()).extracting(TextHistory.Change::change)
			.as("what Moscow confided stays in its own history").contains("wording-proposed");
	}

	@Test
	void refusesToCirculateWhileTheCoChairsRussianWordingTakesASide() {
		Viewer coChair = fixtures.coChair(Institution.OSCE);
		TextView text = newText(coChair, "The participants,");
		texts.addProvision(coChair, text.id());
		texts.editHeading(coChair, text.id(), new NegotiatingTexts.Heading(text.title(), null, "The participants,",
				"Участники у линии оккупации,"));
		assertThatThrownBy(() -> texts.circulate(coChair, text.id())).isInstanceOfSatisfying(
				org.mediationdesk.terminology.TerminologyGate.Refused.class,
				refused -> assertThat(refused.blockers()).extracting(blocker -> blocker.finding().text(),
						blocker -> blocker.place().part(), blocker -> blocker.language())
					.containsExactly(org.assertj.core.groups.Tuple.tuple("линии оккупации", "chapeau",
							org.mediationdesk.shared.LanguageCode.RU)));
	}

	@Test
	void statesTheStatusInTheViewersLanguageWhenATransitionIsRefused() throws Exception {
		Viewer coChair = fixtures.coChair(Institution.EU);
		TextView text = newText(coChair, null);
		texts.addProvision(coChair, text.id());
		texts.circulate(coChair, text.id());
		texts.freeze(coChair, text.id(), true);
		mvc.perform(as(post("/api/v1/texts/" + text.id() + "/provisions"), coChair)
			.cookie(new jakarta.servlet.http.Cookie("mediationdesk-lang", "ru")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("заморожен для консультаций")));
		mvc.perform(as(post("/api/v1/texts/" + text.id() + "/provisions"), coChair))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("The text is frozen for consultation")));
	}

	@Test
	void exportsTheRussianVersionWithItsOwnLettersAndAValidAkomaNtoso() throws Exception {
		Viewer coChair = fixtures.coChair(Institution.UN);
		Viewer tbilisi = fixtures.participant("GE");
		TextView text = newText(coChair, "The participants,");
		String eId = texts.addProvision(coChair, text.id());
		texts.editHeading(coChair, text.id(), new NegotiatingTexts.Heading(text.title(), "Заявление о свободе передвижения",
				"The participants,", "Участники,"));
		texts.propose(coChair, text.id(), eId, new NegotiatingTexts.NewWording("Crossings [stay] open.",
				"Пункты пропуска [остаются] открытыми.", null, false));
		texts.propose(tbilisi, text.id(), eId, new NegotiatingTexts.NewWording("Signs name the village Ergneti (ერგნეთი).",
				null, null, false));
		texts.circulate(coChair, text.id());

		TextReading.Export docx = reading.export(tbilisi, text.id(), "docx", LanguageCode.RU);
		assertThat(docx.fileName()).endsWith("-rev1-ru.docx");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.content()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			assertThat(extractor.getText()).contains("Заявление о свободе передвижения", "Участники,",
					"Формулировка A:", "Пункты пропуска [остаются] открытыми.")
				.as("a wording without a Russian version stands in English, marked")
				.contains("Signs name the village Ergneti (ერგნეთი). [русской версии пока нет: английский текст]")
				.doesNotContain("Wording A");
			assertThat(document.getHeaderList().get(0).getText()).contains("рабочий текст после ред. 1");
		}

		String printed;
		try (PDDocument document = Loader.loadPDF(reading.export(tbilisi, text.id(), "pdf", LanguageCode.RU).content())) {
			printed = new PDFTextStripper().getText(document);
		}
		assertThat(printed).as("Cyrillic and Georgian letters survive in the PDF")
			.contains("Заявление о свободе передвижения", "Пункты пропуска [остаются] открытыми.", "ერგნეთი");

		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		Path schema = Path.of("target", "akn", "xsd", "akomantoso30.xsd");
		assertThat(schema).as("the OASIS schema, fetched by the build (generate-test-resources)").exists();
		javax.xml.validation.Validator validator = factory.newSchema(schema.toFile()).newValidator();
		for (LanguageCode language : List.of(LanguageCode.EN, LanguageCode.RU)) {
			byte[] akn = reading.export(coChair, text.id(), "akn", language).content();
			validator.validate(new StreamSource(new ByteArrayInputStream(akn)));
			assertThat(new String(akn, StandardCharsets.UTF_8)).contains(language == LanguageCode.RU ? "/rus@rev1" : "/eng@rev1");
		}
		assertThat(Files.size(schema)).isPositive();
		mvc.perform(as(get("/api/v1/texts/" + text.id() + "/export"), tbilisi).param("format", "akn").param("language", "fr"))
			.andExpect(status().isBadRequest());
		mvc.perform(as(get("/texts/" + text.id() + "/export"), tbilisi).param("format", "pdf").param("language", "ru"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("-ru.pdf")));
	}

	@Test
	void letsASponsorWithdrawItsWordingUntilAStanceItMaySeeIsStated() throws Exception {
		Viewer coChair = fixtures.coChair(Institution.EU);
		Viewer tbilisi = fixtures.participant("GE");
		Viewer moscow = fixtures.participant("RU");
		TextView text = newText(coChair, null);
		String eId = texts.addProvision(coChair, text.id());
		UUID first = texts.propose(tbilisi, text.id(), eId, new NegotiatingTexts.NewWording("Crossings [stay] open.", null,
				null, false));
		UUID second = texts.propose(tbilisi, text.id(), eId, new NegotiatingTexts.NewWording("Crossings open at dawn.", null,
				null, false));
		assertThatThrownBy(() -> texts.withdraw(moscow, text.id(), first)).as("only its sponsor withdraws a wording")
			.hasMessage("texts.notYourWording");

		mvc.perform(as(post("/api/v1/texts/" + text.id() + "/wordings/" + first + "/withdrawal"), tbilisi))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.provisions[0].wordings[*].id").value(org.hamcrest.Matchers.contains(second.toString())));
		assertThat(reading.text(moscow, text.id()).provisions().get(0).wordings()).extracting(TextView.WordingView::id)
			.containsExactly(second);
		assertThat(reading.history(moscow, text.id(), 0).items()).extracting(TextHistory.Change::change)
			.as("kept on record as withdrawn").contains("wording-withdrawn");
		assertThatThrownBy(() -> texts.state(moscow, text.id(), first, StanceKind.ACCEPT, null))
			.as("a withdrawn wording takes no stance").isInstanceOf(DeskException.NotFound.class);

		// Moscow's stance is sealed from Tbilisi: it neither stops Tbilisi nor tells Tbilisi that Moscow stated
		texts.state(moscow, text.id(), second, StanceKind.REJECT, null);
		UUID third = texts.propose(tbilisi, text.id(), eId, new NegotiatingTexts.NewWording("Crossings open at noon.", null,
				null, false));
		texts.state(tbilisi, text.id(), third, StanceKind.ACCEPT, null);
		mvc.perform(as(post("/texts/" + text.id() + "/withdrawals"), tbilisi).param("wording", third.toString()))
			.andExpect(flash().attribute("problem", "texts.wordingHasStances"));
		texts.withdraw(tbilisi, text.id(), second);
		assertThat(reading.text(coChair, text.id()).provisions().get(0).wordings()).extracting(TextView.WordingView::id)
			.containsExactly(third);

		UUID own = texts.propose(coChair, text.id(), eId, new NegotiatingTexts.NewWording("The co-chairs' words.", null, null,
				false));
		texts.state(moscow, text.id(), own, StanceKind.ACCEPT, null);
		assertThatThrownBy(() -> texts.withdraw(coChair, text.id(), own))
			.as("the co-chairs know of the sealed stance: it stops them").hasMessage("texts.wordingHasStances");
	}

}
