package org.mediationdesk.texts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The co-chairs' private drafting, through every projection of a text: until the co-chairs share it (or
 * circulate it), a text does not exist for anyone else (its page, its JSON, its history, its files, its
 * comparison, the lists, the writes all answer 404 or leave it out), and its events are theirs alone; once
 * shared, its audience reads it, and the groups whose stances it needs are named then.
 */
@IntegrationTest
class PrivateDraftIntegrationTests {

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

	/** Every projection of a text that a reader may ask for. */
	private static List<String> projections(UUID text) {
		return List.of("/texts/" + text, "/texts/" + text + "/history", "/texts/" + text + "/compare",
				"/texts/" + text + "/revisions/1", "/texts/" + text + "/export?format=docx",
				"/texts/" + text + "/export?format=akn&language=ru", "/api/v1/texts/" + text,
				"/api/v1/texts/" + text + "/history", "/api/v1/texts/" + text + "/compare",
				"/api/v1/texts/" + text + "/export?format=pdf");
	}

	private String page(String path, Viewer viewer) throws Exception {
		return mvc.perform(as(get(path), viewer)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aPrivateDraftExistsForTheCoChairsAloneUntilTheyShareIt() throws Exception {
		Viewer coChair = fixtures.coChair(Institution.EU);
		Viewer secretariat = fixtures.secretariat();
		Viewer tbilisi = fixtures.participant("GE");
		Viewer moscow = fixtures.participant("RU");
		String symbol = "GID/PRIVATE/" + UUID.randomUUID().toString().substring(0, 6);
		TextView created = texts.create(coChair, new NegotiatingTexts.NewText(symbol, "A statement drafted privately", null,
				"The participants,", Audience.allParticipants(), null));
		UUID id = created.id();
		assertThat(created.privateDraft()).isTrue();
		assertThat(created.requiredGroups()).as("the groups are named when it is shared").isEmpty();
		String eId = texts.addProvision(coChair, id);
		texts.propose(coChair, id, eId, new NegotiatingTexts.NewWording("Refrain from [the use of] force.", null, null, false));

		for (Viewer participant : List.of(tbilisi, moscow)) {
			for (String path : projections(id)) {
				mvc.perform(as(get(path), participant)).andExpect(status().isNotFound());
			}
			assertThat(page("/texts", participant)).doesNotContain(symbol);
			assertThat(page("/api/v1/texts", participant)).doesNotContain(symbol);
			mvc.perform(as(post("/texts/" + id + "/wordings").param("provision", eId).param("textEn", "Ours."), participant))
				.andExpect(status().isNotFound());
			mvc.perform(as(post("/api/v1/texts/" + id + "/wordings"), participant).contentType(MediaType.APPLICATION_JSON)
				.content("{\"provision\": \"" + eId + "\", \"textEn\": \"Ours.\"}")).andExpect(status().isNotFound());
			assertThatThrownBy(() -> reading.text(participant, id)).isInstanceOf(DeskException.NotFound.class);
		}
		for (Viewer mediator : List.of(coChair, secretariat)) {
			assertThat(page("/texts/" + id, mediator)).contains("A statement drafted privately", "id=\"private-draft\"");
			assertThat(page("/texts", mediator)).contains(symbol);
			page("/api/v1/texts/" + id, mediator);
			page("/texts/" + id + "/history", mediator);
			page("/api/v1/texts/" + id + "/export?format=akn", mediator);
		}
		assertThat(jdbc.sql("SELECT DISTINCT audience_kind FROM text_change WHERE text_id = :id").param("id", id)
			.query(String.class).list()).as("a private draft's history is the co-chairs' alone").containsExactly("CO_CHAIRS");
		assertThat(jdbc.sql("SELECT DISTINCT audience_kind FROM audit_entry WHERE object_id = :symbol")
			.param("symbol", symbol).query(String.class).list()).as("and so is its audit trail").containsExactly("CO_CHAIRS");

		assertThatThrownBy(() -> texts.share(coChair, id, null)).as("no group named yet").hasMessage("texts.requiredGroups");
		assertThatThrownBy(() -> texts.circulate(coChair, id)).hasMessage("texts.requiredGroups");
		mvc.perform(as(post("/texts/" + id + "/status").param("action", "share").param("audience", "ALL_PARTICIPANTS")
			.param("requiredGroups", "GE", "RU"), coChair)).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "texts.done.share"));

		for (Viewer participant : List.of(tbilisi, moscow)) {
			assertThat(page("/texts/" + id, participant)).contains("A statement drafted privately", "Provision 1")
				.doesNotContain("id=\"private-draft\"", ">para_1<");
			assertThat(page("/texts", participant)).contains(symbol);
			assertThat(page("/api/v1/texts/" + id, participant)).contains("\"privateDraft\":false", "para_1");
			assertThat(page("/texts/" + id + "/history", participant)).as("the history from the sharing on")
				.contains("shared the text with its audience").doesNotContain("added provision");
			page("/texts/" + id + "/export?format=docx", participant);
			mvc.perform(as(get("/texts/" + id + "/compare"), participant)).andExpect(status().isNotFound());
		}
		assertThat(reading.text(tbilisi, id).requiredGroups()).containsExactly("GE", "RU");
		assertThatThrownBy(() -> texts.share(coChair, id, null)).hasMessage("texts.alreadyShared");
		texts.circulate(coChair, id);
		assertThat(page("/texts/" + id + "/compare", moscow)).contains("Before: Rev. 1", "After: Rev. 1");
		assertThat(page("/texts/" + id + "/revisions/1", moscow)).contains("Provision 1");
	}

	@Test
	void aDraftForTheCoChairsOnlyIsSharedWithTheAudienceChosenThen() {
		Viewer coChair = fixtures.coChair(Institution.UN);
		UUID id = texts.create(coChair, new NegotiatingTexts.NewText("GID/PRIVATE/" + UUID.randomUUID().toString()
			.substring(0, 6), "Co-chairs only for now", null, null, Audience.coChairs(), List.of())).id();
		assertThatThrownBy(() -> texts.share(coChair, id, new NegotiatingTexts.Sharing(null, List.of("GE"))))
			.as("a group cannot read a text for the co-chairs only").hasMessage("texts.requiredCannotSee");
		Audience moscowAndCoChairs = Audience.groupAndCoChairs(fixtures.group("RU").id());
		texts.share(coChair, id, new NegotiatingTexts.Sharing(moscowAndCoChairs, List.of("RU")));
		assertThat(reading.text(fixtures.participant("RU"), id).audience()).isEqualTo(moscowAndCoChairs);
		assertThatThrownBy(() -> reading.text(fixtures.participant("GE"), id)).isInstanceOf(DeskException.NotFound.class);
	}

	@Test
	void circulatingAPrivateDraftSharesItAndTellsItsAudience() throws Exception {
		Viewer coChair = fixtures.coChair(Institution.OSCE);
		UUID id = texts.create(coChair, new NegotiatingTexts.NewText("GID/PRIVATE/" + UUID.randomUUID().toString()
			.substring(0, 6), "Circulated at once", null, null, Audience.allParticipants(), null)).id();
		mvc.perform(as(post("/texts/" + id + "/status").param("action", "circulate").param("audience", "ALL_PARTICIPANTS")
			.param("requiredGroups", "AB", "SO"), coChair)).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "texts.done.circulate"))
			.andExpect(result -> assertThat((Object[]) result.getFlashMap().get("noticeArguments"))
				.as("Rev. 1, awaiting the stances of 2 groups").containsExactly(1, 2));
		TextView text = reading.text(fixtures.participant("AB"), id);
		assertThat(text.revision()).isEqualTo(1);
		assertThat(text.privateDraft()).isFalse();
		assertThat(text.requiredGroups()).containsExactly("AB", "SO");
		assertThat(jdbc.sql("SELECT audience_kind FROM text_change WHERE text_id = :id AND change_kind = 'circulated'")
			.param("id", id).query(String.class).single()).isEqualTo("ALL_PARTICIPANTS");
	}

	@Test
	void theNewTextFormKeepsWhatWasTypedWithTheMessageByItsField() throws Exception {
		Viewer coChair = fixtures.coChair(Institution.EU);
		String symbol = "GID/PRIVATE/" + UUID.randomUUID().toString().substring(0, 6);
		texts.create(coChair, new NegotiatingTexts.NewText(symbol, "First", null, null, Audience.allParticipants(), null));
		mvc.perform(as(post("/texts").param("symbol", symbol).param("title", "Second").param("chapeau", "The participants,")
			.param("audience", "CO_CHAIRS"), coChair))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", "texts.symbolTaken"))
			.andExpect(flash().attribute("problemField", "symbol"))
			.andExpect(flash().attribute("newText", new TextsController.NewTextForm(symbol, "Second", null,
					"The participants,", "CO_CHAIRS")));
		String created = mvc.perform(as(post("/texts").param("symbol", symbol + "/B").param("title", "Second")
			.param("audience", "CO_CHAIRS"), coChair)).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
		assertThat(created).as("a draft for the co-chairs only is possible").startsWith("/texts/");
	}

	@Test
	void aStanceWithoutAChoiceIsRefusedAndTheCommentKept() throws Exception {
		Viewer coChair = fixtures.coChair(Institution.EU);
		UUID id = texts.create(coChair, new NegotiatingTexts.NewText("GID/PRIVATE/" + UUID.randomUUID().toString()
			.substring(0, 6), "Stances", null, null, Audience.allParticipants(), List.of("GE"))).id();
		String eId = texts.addProvision(coChair, id);
		UUID wording = texts.propose(coChair, id, eId, new NegotiatingTexts.NewWording("A wording.", null, null, false));
		texts.share(coChair, id, null);
		Viewer tbilisi = fixtures.participant("GE");
		String page = page("/texts/" + id, tbilisi);
		assertThat(page).as("no stance chosen in advance").doesNotContain("selected=\"selected\" value=\"ACCEPT\"")
			.doesNotContain("value=\"ACCEPT\" selected").contains("name=\"comment\"", "Choose…");
		mvc.perform(as(post("/texts/" + id + "/stances").param("wording", wording.toString()).param("stance", "")
			.param("comment", "Pending instructions."), tbilisi))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", "texts.stanceRequired"))
			.andExpect(flash().attribute("stanceDraft", new TextsController.StanceForm(wording, null, "Pending instructions.")));
		mvc.perform(as(post("/texts/" + id + "/stances").param("wording", wording.toString()).param("stance", "RESERVE")
			.param("comment", "Pending instructions."), tbilisi)).andExpect(status().is3xxRedirection());
		assertThat(reading.text(tbilisi, id).provisions().get(0).wordings().get(0).stances().get("GE"))
			.isEqualTo(new TextView.StanceView(StanceKind.RESERVE, "Pending instructions."));
	}
}
