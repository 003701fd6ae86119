package org.mediationdesk.communique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A communiqué does not go out unfinished: not while a version holds a placeholder (the refusal names each, with its
 * language, in the reader's language), and not while a Russian or Georgian version renders an earlier English text,
 * until a co-chair brings it up to date, confirms it or withdraws its language, which the published page then says.
 */
@IntegrationTest
class CommuniqueFinishingIntegrationTests {

	@Autowired
	Communiques communiques;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Test
	void refusesApprovalWhileAPlaceholderRemainsNamingEachInTheReadersLanguage() throws Exception {
		int round = 58;
		Viewer eu = fixtures.coChair(Institution.EU);
		CommuniqueView draft = communiques.draft(eu, round);
		assertThat(draft.placeholders()).extracting(CommuniqueView.Placeholder::language)
			.containsExactly(LanguageCode.EN, LanguageCode.RU, LanguageCode.KA);
		assertThat(draft.placeholders()).extracting(CommuniqueView.Placeholder::text).allMatch(text -> text.startsWith("["));
		assertThat(draft.availableActions()).doesNotContain(CommuniqueAction.APPROVE, CommuniqueAction.PUBLISH,
				CommuniqueAction.EMBARGO);

		String english = approve(eu, round, "en");
		assertThat(english).contains("3 passages are still to be written",
				"(English): [The paragraph of the co-chairs on the Incident Prevention and Response Mechanisms: to be written.]",
				"(Russian): [Абзац сопредседателей", "(Georgian): [თანათავმჯდომარეების აბზაცი", "\"placeholders\":[");
		assertThat(approve(eu, round, "ru")).contains("Ещё не написаны 3 фрагмента", "(Английский): [The paragraph",
				"(Русский): [Абзац", "(Грузинский): [თანათავმჯდომარეების");
		assertThat(approve(eu, round, "ka")).contains("ჯერ დასაწერია 3 ფრაგმენტი", "(ინგლისური): [The paragraph",
				"(რუსული): [Абзац", "(ქართული): [თანათავმჯდომარეების");

		// the page says what remains to be written, and offers no approval; a refused approval names them too
		String page = page(eu, round, "ka");
		assertThat(page).contains("id=\"placeholders\"", "აბზაცი 5 (რუსული): [Абзац сопредседателей")
			.doesNotContain("id=\"approve-form\"", "id=\"publish-now-form\"", "id=\"embargo-form\"");
		MvcResult refused = mvc.perform(post("/rounds/" + round + "/communique/approvals")
			.with(authentication(Fixtures.authentication(eu))).with(csrf())).andReturn();
		assertThat(refused.getFlashMap().get("problem")).isEqualTo("communique.placeholdersLeft");

		CommuniqueDrafts.writePlaceholders(communiques, eu, round);
		assertThat(communiques.current(eu, round).placeholders()).isEmpty();
		assertThat(page(eu, round, "en")).contains("id=\"approve-form\"").doesNotContain("id=\"placeholders\"");
	}

	@Test
	void marksVersionsOlderThanTheEnglishUntilACoChairConfirmsOrWithdrawsThem() throws Exception {
		int round = 57;
		Viewer eu = fixtures.coChair(Institution.EU);
		Viewer un = fixtures.coChair(Institution.UN);
		Viewer osce = fixtures.coChair(Institution.OSCE);
		CommuniqueView ready = CommuniqueDrafts.draftReady(communiques, eu, round);
		assertThat(ready.outOfDate()).isEmpty();
		communiques.edit(eu, round, LanguageCode.EN, ready.text(LanguageCode.EN) + "\n\nThe co-chairs thanked the hosts.",
				null);

		String api = mvc.perform(get("/api/v1/rounds/" + round + "/communique").with(authentication(Fixtures.authentication(eu))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(api).contains("{\"language\":\"RU\",\"state\":\"TO_BE_BROUGHT_UP_TO_DATE\",\"rendersEnglishRevision\":2}",
				"{\"language\":\"KA\",\"state\":\"TO_BE_BROUGHT_UP_TO_DATE\"", "\"englishRevision\":3", "\"CONFIRM_VERSION\"")
			.doesNotContain("\"APPROVE\"");
		assertThat(page(eu, round, "en")).contains("id=\"out-of-date-ru\"", "to be brought up to date",
				"This version renders revision 2 of the English text; the English is now at revision 3.", "id=\"confirm-ru\"",
				"id=\"withdraw-ka\"").doesNotContain("id=\"approve-form\"");
		assertThat(page(eu, round, "ru")).contains("требует обновления");
		assertThat(page(eu, round, "ka")).contains("საჭიროებს განახლებას");
		assertThatThrownBy(() -> communiques.approve(un, round, null)).isInstanceOf(DeskException.Conflict.class)
			.hasMessage("communique.versionsOutOfDate");
		assertThat(mvc.perform(post("/api/v1/rounds/" + round + "/communique/approvals").header("Accept-Language", "en")
			.with(authentication(Fixtures.authentication(un))).with(csrf()))
			.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString())
			.contains("These versions render an earlier English text: Russian; Georgian.");
		assertThatThrownBy(() -> communiques.confirmVersion(fixtures.secretariat(), round, LanguageCode.RU))
			.as("a co-chair confirms").isInstanceOf(DeskException.Invalid.class);

		// the Russian confirmed over the API, the Georgian withdrawn from the page
		mvc.perform(post("/api/v1/rounds/" + round + "/communique/versions/ru/confirmation")
			.with(authentication(Fixtures.authentication(un))).with(csrf())).andExpect(status().isOk());
		mvc.perform(post("/rounds/" + round + "/communique/text/ka/withdrawal")
			.with(authentication(Fixtures.authentication(osce))).with(csrf())).andExpect(status().is3xxRedirection());
		CommuniqueView finished = communiques.current(eu, round);
		assertThat(finished.outOfDate()).isEmpty();
		assertThat(finished.state(LanguageCode.KA)).isEqualTo(CommuniqueView.VersionState.WITHDRAWN);
		String hash = finished.sha256();
		for (Viewer coChair : java.util.List.of(eu, un, osce)) {
			communiques.approve(coChair, round, hash);
		}
		communiques.publish(eu, round, null);

		String georgian = mvc.perform(get("/rounds/" + round + "/communique").param("lang", "ka"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(georgian).contains("id=\"withdrawn-1\"", "ამ რედაქციას არ აქვს ვერსია ენაზე „ქართული“");
		String english = mvc.perform(get("/rounds/" + round + "/communique").param("lang", "en"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(mvc.perform(get("/rounds/" + round + "/communique").param("lang", "en").param("text", "ka"))
			.andReturn().getResponse().getContentAsString()).contains("This edition has no Georgian version.");
		assertThat(english).contains("The co-chairs thanked the hosts.");
	}

	private String approve(Viewer viewer, int round, String language) throws Exception {
		return mvc.perform(post("/api/v1/rounds/" + round + "/communique/approvals").header("Accept-Language", language)
			.with(authentication(Fixtures.authentication(viewer))).with(csrf()))
			.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
	}

	private String page(Viewer viewer, int round, String language) throws Exception {
		return mvc.perform(get("/rounds/" + round + "/communique").param("lang", language)
			.with(authentication(Fixtures.authentication(viewer))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}
}
