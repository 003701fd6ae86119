package org.mediationdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.process.RoundView;
import org.mediationdesk.shared.DateFormats;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.shared.Localized;
import org.mediationdesk.texts.NegotiatingTexts;
import org.mediationdesk.texts.TextView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jakarta.servlet.http.Cookie;

/**
 * The public record as a reader finds it: the home page for the public and for each role, each round's page
 * with the sides' accounts side by side, content in the reader's language with a visible fallback, dates
 * written for that language, and the co-chairs' editing of a round's public texts.
 */
@IntegrationTest
class PublicRecordIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	RoundRecord rounds;

	@Autowired
	org.mediationdesk.process.RoundManagement roundManagement;

	@Autowired
	NegotiatingTexts texts;

	@Autowired
	DateFormats dates;

	@Autowired
	JdbcClient jdbc;

	private String page(MockHttpServletRequestBuilder request, Viewer viewer) throws Exception {
		if (viewer != null) {
			request.with(authentication(Fixtures.authentication(viewer)));
		}
		var response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(request.toString()).isEqualTo(200);
		response.setCharacterEncoding("UTF-8");
		return response.getContentAsString();
	}

	@Test
	void showsTheAnonymousVisitorWhatTheTalksAreAndLeadsToTheTimeline() throws Exception {
		String home = page(get("/"), null);
		assertThat(home).contains("Geneva International Discussions", "point 6 of the six-point plan",
				"href=\"/rounds\"", "Latest communiqué of the co-chairs");
		int latest = rounds.latestNumber().orElseThrow();
		assertThat(home).contains("href=\"/rounds/" + latest + "\"");
		if (rounds.nextRound(Viewer.anonymous()).isEmpty()) {
			assertThat(home).contains("The dates of the next round are not yet set.");
		}
		assertThat(home).as("no list of documents for the public, and nothing for the co-chairs")
			.doesNotContain("id=\"attention\"", "id=\"group-items\"");
	}

	@Test
	void offersNoNextRoundOnTheLatestRoundAndOneOnEarlierRounds() throws Exception {
		int latest = rounds.latestNumber().orElseThrow();
		assertThat(page(get("/rounds/" + latest), null)).doesNotContain("id=\"next-round\"")
			.doesNotContain("href=\"/rounds/" + (latest + 1) + "\"");
		assertThat(page(get("/rounds/63"), null)).contains("href=\"/rounds/64\"");
		assertThat(mvc.perform(get("/rounds/" + (latest + 1))).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void showsEachRoleOnlyWhatItMaySeeOnItsHomePage() throws Exception {
		Viewer coChair = fixtures.coChair(Institution.OSCE);
		String hidden = "Confidential paper for Tbilisi " + UUID.randomUUID().toString().substring(0, 6);
		TextView text = texts.create(coChair, new NegotiatingTexts.NewText("GID/HOME/" + UUID.randomUUID()
				.toString().substring(0, 6), hidden, null, null, Audience.groupAndCoChairs(fixtures.group("GE").id()),
				List.of("GE")));
		String provision = texts.addProvision(coChair, text.id());
		texts.propose(coChair, text.id(), provision, new NegotiatingTexts.NewWording("Crossings stay open.", null,
				null, false));
		texts.circulate(coChair, text.id());

		String mediator = page(get("/"), fixtures.secretariat());
		assertThat(mediator).contains("What needs your attention", hidden, "Meetings today", "Attendance conditions");
		String tbilisi = page(get("/"), fixtures.participant("GE"));
		assertThat(tbilisi).contains("Your group&#39;s open items", hidden)
			.doesNotContain("What needs your attention");
		String sukhum = page(get("/"), fixtures.participant("AB"));
		assertThat(sukhum).as("a text outside the group's audience leaves no trace")
			.contains("Your group&#39;s open items")
			.doesNotContain(hidden, text.id().toString());
		assertThat(page(get("/"), null)).doesNotContain(hidden, "What needs your attention", "Your group&#39;s open items");
	}

	@Test
	void tellsTheCoChairsWhatWasStatedSinceTheirLastVisit() throws Exception {
		String first = page(get("/"), fixtures.coChair(Institution.EU));
		assertThat(first).contains("Conditions in force:");
		long inAHour = java.time.Instant.now().plusSeconds(3600).getEpochSecond();
		String later = page(get("/").cookie(new Cookie(HomeController.LAST_VISIT, String.valueOf(inAHour))),
				fixtures.coChair(Institution.EU));
		assertThat(later).contains("Stated since your last visit on").contains(": 0<");
	}

	@Test
	void choosesTheLanguageFromTheBrowserUntilTheSwitchOverridesIt() throws Exception {
		String russian = page(get("/rounds/64").header("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.8"), null);
		assertThat(russian).contains("lang=\"ru\"", "Раунд 64", "авиа- и железнодорожном сообщении с Сухуми",
				"25–26 июня 2025 г.");
		String georgianFirst = page(get("/rounds/64").header("Accept-Language", "de-CH, ka;q=0.8, ru;q=0.5"), null);
		assertThat(georgianFirst).as("content and labels in Georgian")
			.contains("სოხუმთან ახალი საჰაერო", "რაუნდი 64");
		String switched = page(get("/rounds/64").param("lang", "en").header("Accept-Language", "ru"), null);
		assertThat(switched).contains("New air and rail links to Sukhum(i)", "25–26 June 2025")
			.doesNotContain("Показано на английском");
		var response = mvc.perform(get("/rounds/64").param("lang", "ka")).andReturn().getResponse();
		Cookie remembered = response.getCookie("mediationdesk-lang");
		assertThat(remembered).isNotNull();
		String again = page(get("/rounds/64").cookie(remembered).header("Accept-Language", "ru"), null);
		assertThat(again).as("the switch's cookie wins over the browser").contains("სოხუმთან ახალი საჰაერო");
		assertThat(page(get("/rounds/64").header("Accept-Language", "fr-FR"), null)).contains("Round 64",
				"New air and rail links");
	}

	@Test
	void givesTheCoChairsTitlesInTheReadersLanguage() throws Exception {
		assertThat(page(get("/participants").param("lang", "ru"), null))
			.contains("Представитель ООН на Женевских международных дискуссиях")
			.doesNotContain("Показано на английском");
		assertThat(page(get("/participants").param("lang", "ka"), null))
			.contains("გაეროს წარმომადგენელი ჟენევის საერთაშორისო დისკუსიებზე");
	}

	@Test
	void writesDatesForTheReadersLanguage() {
		LocalDate day = LocalDate.of(2026, 12, 3);
		assertThat(dates.day(day, LanguageCode.EN)).isEqualTo("3 December 2026");
		assertThat(dates.day(day, LanguageCode.RU)).isEqualTo("3 декабря 2026 г.");
		assertThat(dates.day(day, LanguageCode.KA)).contains("3", "2026").containsPattern("[\u10D0-\u10FF]");
		assertThat(dates.range(LocalDate.of(2025, 6, 25), LocalDate.of(2025, 6, 26), LanguageCode.EN))
			.isEqualTo("25–26 June 2025");
		assertThat(dates.range(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 1), LanguageCode.EN))
			.isEqualTo("30 June 2025 – 1 July 2025");
	}

	@Test
	void labelsTheEnglishVersionWhenTheReadersIsMissing() throws Exception {
		Viewer coChair = fixtures.coChair(Institution.UN);
		RoundView round = roundManagement.editPublicTexts(coChair, 3, new Localized(
				"A two-day round ended without a breakthrough.", "Двухдневный раунд завершился без прорыва.", null),
				new Localized("Working Group I: situation on the ground", null, null));
		assertThat(round.texts().summary().in(LanguageCode.KA).fallback()).isTrue();
		String georgian = page(get("/rounds/3").param("lang", "ka"), null);
		assertThat(georgian).contains("A two-day round ended without a breakthrough.",
				"ნაჩვენებია ინგლისურად: ქართული ვერსია ჯერ არ არსებობს.");
		String russian = page(get("/rounds/3").param("lang", "ru"), null);
		assertThat(russian).contains("Двухдневный раунд завершился без прорыва.")
			.contains("Показано на английском: русской версии пока нет.")
			.as("only the agenda, which has no Russian version, is marked")
			.containsOnlyOnce("Показано на английском");
		String english = page(get("/rounds/3").param("lang", "en"), null);
		assertThat(english).doesNotContain("Shown in English");
	}

	@Test
	void letsTheCoChairsEditTheSummaryAndKeepsWhatWasTypedOnRefusal() throws Exception {
		Viewer secretariat = fixtures.secretariat();
		var refused = mvc.perform(post("/rounds/7/texts").with(csrf())
			.with(authentication(Fixtures.authentication(secretariat)))
			.param("summaryEn", "")
			.param("summaryRu", "Однодневный раунд без английского текста"))
			.andReturn();
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/rounds/7");
		assertThat(refused.getFlashMap().get("problem")).isEqualTo("round.textsEnglishFirst");
		@SuppressWarnings("unchecked")
		Map<String, List<String>> kept = (Map<String, List<String>>) refused.getFlashMap().get("submitted");
		assertThat(kept.get("summaryRu")).containsExactly("Однодневный раунд без английского текста");
		assertThat(rounds.round(secretariat, 7).publicSummary()).as("nothing half-written is kept").isNotBlank();

		var tooLong = mvc.perform(post("/rounds/7/texts").with(csrf())
			.with(authentication(Fixtures.authentication(secretariat)))
			.param("summaryEn", "x".repeat(2001))).andReturn();
		assertThat(tooLong.getFlashMap().get("problem")).isEqualTo("round.publicTextTooLong");

		mvc.perform(post("/rounds/7/texts").with(csrf())
			.with(authentication(Fixtures.authentication(secretariat)))
			.param("summaryEn", "A one-day round on the non-use of force.")
			.param("summaryRu", "Однодневный раунд о неприменении силы.")
			.param("summaryKa", "ერთდღიანი რაუნდი ძალის გამოუყენებლობის შესახებ.")
			.param("agendaEn", "Working Group I\nWorking Group II"));
		RoundView edited = rounds.round(Viewer.anonymous(), 7);
		assertThat(edited.texts().summary()).isEqualTo(new Localized("A one-day round on the non-use of force.",
				"Однодневный раунд о неприменении силы.", "ერთდღიანი რაუნდი ძალის გამოუყენებლობის შესახებ."));
		assertThat(edited.texts().agenda().en()).isEqualTo("Working Group I\nWorking Group II");
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE object_type = 'round' AND object_id = '7'")
			.query(String.class).list()).contains("round.texts_edited");

		assertThat(mvc.perform(post("/rounds/7/texts").with(csrf())
			.with(authentication(Fixtures.authentication(fixtures.participant("GE"))))
			.param("summaryEn", "Rewritten by a side")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(rounds.round(Viewer.anonymous(), 7).publicSummary()).isEqualTo("A one-day round on the non-use of force.");

		String api = mvc.perform(put("/api/v1/rounds/7/texts").with(csrf())
			.with(authentication(Fixtures.authentication(secretariat)))
			.contentType("application/json")
			.content("{\"summary\": {\"en\": \"One day on the non-use of force.\", \"ka\": \"ერთი დღე.\"}}"))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(api).contains("\"texts\"", "One day on the non-use of force.", "ერთი დღე.");
	}

	@Test
	void showsTheSidesAccountsSideBySideWithTheirSources() throws Exception {
		String participant = page(get("/rounds/1"), fixtures.participant("RU"));
		assertThat(participant).contains("id=\"round-accounts\"", "round-account", "Antiwar.com",
				"RT (Russia Today), republished by Global Research");
		String anonymous = page(get("/rounds/1"), null);
		assertThat(anonymous).as("accounts shared with the participants only are not the public's")
			.contains("id=\"round-accounts\"").doesNotContain("Antiwar.com");
		String sources = page(get("/rounds/64"), null);
		assertThat(sources).contains("Civil Georgia", "Government of Georgia",
				"The ministry of foreign affairs of georgia issues statement on the 64th round of geneva international discussions")
			.doesNotContain(">https://civil.ge/?p=689032<");
	}
}
