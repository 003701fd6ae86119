package org.mediationdesk.communique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.process.AgendaItemView;
import org.mediationdesk.process.AgendaOutcomeKind;
import org.mediationdesk.process.DecisionStatus;
import org.mediationdesk.process.RoundAction;
import org.mediationdesk.process.RoundManagement;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.process.WorkingGroup;
import org.mediationdesk.shared.DateFormats;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the record writes into a draft: only for a round that was held; one sentence on the next round, from a decision
 * or from the next round convened, and none invented; dates as ranges from each language's CLDR patterns; sentences
 * that begin with a capital after a full stop; the venue in the language of each version where the record has it.
 */
@IntegrationTest
class CommuniqueDraftingIntegrationTests {

	/** A full stop followed by a sentence in lower case. */
	static final Pattern LOWER_AFTER_FULL_STOP = Pattern.compile("\\.\\s+\\p{Ll}");

	@Autowired
	Communiques communiques;

	@Autowired
	RoundManagement roundManagement;

	@Autowired
	RoundRecord rounds;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Test
	void draftsOnlyForARoundThatWasHeldAndSaysWhyInEveryLanguage() throws Exception {
		Viewer eu = fixtures.coChair(Institution.EU);
		Viewer secretariat = fixtures.secretariat();
		int future = roundManagement.convene(secretariat, LocalDate.of(2041, 3, 5), LocalDate.of(2041, 3, 6), null, true)
			.number();
		assertThatThrownBy(() -> communiques.draft(eu, future)).isInstanceOf(DeskException.Conflict.class)
			.hasMessage("communique.roundNotHeld");
		CommuniquePage page = communiques.page(eu, future);
		assertThat(page.mayDraft()).isFalse();
		assertThat(page.notHeld()).isTrue();
		assertThat(page(eu, future, "en")).contains("id=\"not-held\"", "Round " + future + " has not been held yet")
			.doesNotContain("id=\"draft-form\"");
		assertThat(page(eu, future, "ru")).contains("Раунд " + future + " ещё не состоялся").doesNotContain("id=\"draft-form\"");
		assertThat(page(eu, future, "ka")).contains("რაუნდი " + future + " ჯერ არ გამართულა").doesNotContain("id=\"draft-form\"");
		String refused = mvc.perform(post("/api/v1/rounds/" + future + "/communique").header("Accept-Language", "ru")
			.with(authentication(Fixtures.authentication(eu))).with(csrf()))
			.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("Раунд " + future + " ещё не состоялся");

		int collapsed = roundManagement.convene(secretariat, LocalDate.of(2042, 3, 5), null, null, false).number();
		roundManagement.change(secretariat, collapsed, RoundAction.RECORD_COLLAPSE, "The round was called off.");
		mvc.perform(post("/api/v1/rounds/" + collapsed + "/communique").with(authentication(Fixtures.authentication(eu)))
			.with(csrf())).andExpect(status().isConflict());
		assertThat(page(eu, collapsed, "en")).contains("Round " + collapsed + " collapsed and was not held")
			.doesNotContain("id=\"draft-form\"");
		assertThat(page(eu, 58, "en")).as("a round of the record that was held").contains("id=\"draft-form\"")
			.doesNotContain("id=\"not-held\"");
	}

	@Test
	void saysTheNextRoundOnceWhenADecisionSaysIt() {
		Viewer secretariat = fixtures.secretariat();
		int number = held(secretariat);
		roundManagement.recordDecision(secretariat, number, "The next round will be held in June 2027",
				DecisionStatus.PENDING_CONFIRMATION, LocalDate.now(ZoneOffset.UTC));
		// a round convened after it does not add a second sentence: the decision says it
		roundManagement.convene(secretariat, LocalDate.of(2040, 6, 5), null, null, false);
		String english = communiques.draft(secretariat, number).text(LanguageCode.EN);
		assertThat(english).contains("The participants agreed, pending confirmation by all participants: The next round"
				+ " will be held in June 2027.").doesNotContain("date to be announced", "5 June 2040");
		assertThat(Pattern.compile("next round").matcher(english).results().count()).isEqualTo(1);
	}

	@Test
	void writesTheNextRoundFromTheRoundConvenedAsARangeInEveryLanguage() {
		Viewer secretariat = fixtures.secretariat();
		int number = held(secretariat);
		LocalDate start = LocalDate.of(2040, 12, 7);
		LocalDate end = LocalDate.of(2040, 12, 8);
		roundManagement.convene(secretariat, start, end, null, true);
		CommuniqueView draft = communiques.draft(secretariat, number);
		assertThat(draft.text(LanguageCode.EN)).contains("The participants agreed to hold the next round on "
				+ "7\u2009\u2013\u20098 December 2040, pending confirmation by all participants.")
			.doesNotContain("date to be announced", "to 8 December");
		assertThat(draft.text(LanguageCode.RU)).contains("следующий раунд 7\u20148 декабря 2040\u202Fг., при условии");
		assertThat(draft.text(LanguageCode.KA)).contains("7\u20138 დეკემბერი, 2040");
	}

	@Test
	void saysNothingOfTheNextRoundWhenTheRecordDoesNot() {
		Viewer secretariat = fixtures.secretariat();
		int number = held(secretariat);
		CommuniqueView draft = communiques.draft(secretariat, number);
		assertThat(draft.text(LanguageCode.EN)).doesNotContain("next round");
		assertThat(draft.text(LanguageCode.RU)).doesNotContain("следующий раунд");
		assertThat(draft.text(LanguageCode.KA)).doesNotContain("შემდეგი რაუნდი");
	}

	@Test
	void writesTheRoundsDaysAsARangeAndEachSentenceAfterAFullStopWithACapital() {
		Viewer secretariat = fixtures.secretariat();
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		int number = held(secretariat);
		List<AgendaItemView> security = rounds.agenda().stream()
			.filter(item -> item.workingGroup() == WorkingGroup.WG1).limit(2).toList();
		assertThat(security).hasSize(2);
		roundManagement.recordOutcome(secretariat, number, security.get(0).code(), AgendaOutcomeKind.DISCUSSED);
		roundManagement.recordOutcome(secretariat, number, security.get(1).code(), AgendaOutcomeKind.NOT_COMPLETED);
		CommuniqueView draft = communiques.draft(secretariat, number);
		for (LanguageCode language : LanguageCode.values()) {
			String text = draft.text(language);
			assertThat(text).as(language.name()).contains(DateFormats.cldrRange(today.minusDays(1), today, language));
			// Georgian writes no capital at the start of a sentence (its letters have no such case)
			assertThat(language != LanguageCode.KA && LOWER_AFTER_FULL_STOP.matcher(text).find()).as("%s: %s", language, text)
				.isFalse();
		}
		assertThat(draft.text(LanguageCode.EN)).doesNotContain(" to " + DateFormats.cldrDay(today, LanguageCode.EN))
			.contains("The discussion of \u201C" + security.get(1).title(LanguageCode.EN) + "\u201D could not be completed.");
		assertThat(draft.text(LanguageCode.RU)).contains("Обсуждение темы «" + security.get(1).title(LanguageCode.RU) + "»");
	}

	@Test
	void writesTheVenueInTheLanguageOfEachVersionWhereTheRecordHasIt() {
		assertThat(String.join(" ", communiques.fromRecord(58, LanguageCode.RU))).contains("место проведения: Женева")
			.doesNotContain("Geneva");
		assertThat(String.join(" ", communiques.fromRecord(58, LanguageCode.KA))).contains("ადგილი: ჟენევა")
			.doesNotContain("Geneva");
		// a round convened here has its venue only in English: it stays English (nothing is translated by the draft)
		int number = held(fixtures.secretariat());
		assertThat(String.join(" ", communiques.fromRecord(number, LanguageCode.RU))).contains("место проведения: ");
	}

	/** A round convened for yesterday and today, and held. */
	private int held(Viewer secretariat) {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		int number = roundManagement.convene(secretariat, today.minusDays(1), today, null, false).number();
		roundManagement.change(secretariat, number, RoundAction.MARK_HELD, null);
		return number;
	}

	private String page(Viewer viewer, int number, String language) throws Exception {
		return mvc.perform(get("/rounds/" + number + "/communique").param("lang", language)
			.with(authentication(Fixtures.authentication(viewer))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}
}
