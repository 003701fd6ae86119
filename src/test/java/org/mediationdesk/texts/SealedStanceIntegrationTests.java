package org.mediationdesk.texts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.Institution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/**
 * The seal over the stances, as each audience meets it through the page, the API, the history and the ETag:
 * what a group states after a reveal shows to nobody else until the next reveal, or until every required group
 * has stated again; and the ETag moves exactly when what its caller may see moves.
 */
@IntegrationTest
class SealedStanceIntegrationTests {

	@Autowired
	NegotiatingTexts texts;

	@Autowired
	TextReading reading;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MockMvc mvc;

	private Viewer tbilisi;
	private Viewer moscow;
	private Viewer sukhumi;

	/** A text asking GE, RU and AB for their stances, with one provision and the co-chairs' wording tabled on it. */
	private record Setup(UUID text, UUID wording) {
	}

	private Setup newText(Viewer coChairs) {
		tbilisi = fixtures.participant("GE");
		moscow = fixtures.participant("RU");
		sukhumi = fixtures.participant("AB");
		TextView text = texts.create(coChairs, new NegotiatingTexts.NewText("GID/SEAL/" + UUID.randomUUID().toString()
			.substring(0, 8), "Statement on the non-use of force", null, "The participants,", Audience.allParticipants(),
				List.of("GE", "RU", "AB")));
		texts.share(coChairs, text.id(), null);
		String eId = texts.addProvision(coChairs, text.id());
		UUID wording = texts.propose(coChairs, text.id(), eId, new NegotiatingTexts.NewWording(
				"The participants refrain from the use of force.", null, null, false));
		return new Setup(text.id(), wording);
	}

	private static <B extends AbstractMockHttpServletRequestBuilder<B>> B as(B request, Viewer viewer) {
		return request.with(authentication(Fixtures.authentication(viewer))).with(csrf());
	}

	/** What one caller reads of the text at one moment: the JSON, its ETag, the page's stance cells, the history. */
	private record Reading(String json, String etag, String page, long historyTotal) {

		String stance(UUID wording, String group) {
			List<String> found = JsonPath.read(json, "$.provisions[*].wordings[?(@.id == '" + wording + "')].stances."
					+ group + ".kind");
			return found.isEmpty() ? null : found.get(0);
		}

		/** The page's cell of a group's stance on the wording, as shown. */
		String cell(UUID wording, String group) {
			Matcher row = Pattern.compile("data-wording=\"" + wording + "\"[\\s\\S]*?</tr>").matcher(page);
			assertThat(row.find()).isTrue();
			Matcher cell = Pattern.compile("data-group=\"" + group + "\">([^<]*)<").matcher(row.group());
			assertThat(cell.find()).isTrue();
			return cell.group(1);
		}
	}

	private Reading read(Viewer viewer, UUID text) throws Exception {
		MvcResult api = mvc.perform(as(get("/api/v1/texts/" + text), viewer)).andExpect(status().isOk()).andReturn();
		String page = mvc.perform(as(get("/texts/" + text), viewer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String history = mvc.perform(as(get("/api/v1/texts/" + text + "/history"), viewer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return new Reading(api.getResponse().getContentAsString(StandardCharsets.UTF_8), api.getResponse().getHeader("ETag"),
				page, ((Number) JsonPath.read(history, "$.total")).longValue());
	}

	private void assertNotModified(Viewer viewer, UUID text, String etag) throws Exception {
		mvc.perform(as(get("/api/v1/texts/" + text), viewer).header("If-None-Match", etag))
			.andExpect(status().isNotModified());
	}

	private void assertModified(Viewer viewer, UUID text, String etag) throws Exception {
		mvc.perform(as(get("/api/v1/texts/" + text), viewer).header("If-None-Match", etag)).andExpect(status().isOk());
	}

	@Test
	void aStanceStatedAgainAfterARevealLeavesTheRevealedOneInPlaceForEveryoneElse() throws Exception {
		Viewer eu = fixtures.coChair(Institution.EU);
		Setup setup = newText(eu);
		UUID text = setup.text();
		UUID wording = setup.wording();
		texts.state(tbilisi, text, wording, StanceKind.ACCEPT, null);
		texts.reveal(eu, text);

		Reading moscowBefore = read(moscow, text);
		Reading coChairsBefore = read(eu, text);
		Reading tbilisiBefore = read(tbilisi, text);
		assertThat(moscowBefore.stance(wording, "GE")).as("revealed").isEqualTo("ACCEPT");
		assertThat(moscowBefore.cell(wording, "GE")).isEqualTo("accepts");
		assertThat(coChairsBefore.stance(wording, "GE")).isEqualTo("ACCEPT");

		texts.state(tbilisi, text, wording, StanceKind.REJECT, "on second thoughts");

		Reading moscowAfter = read(moscow, text);
		assertThat(moscowAfter.stance(wording, "GE")).as("another group still sees the revealed stance, through the API")
			.isEqualTo("ACCEPT");
		assertThat(moscowAfter.cell(wording, "GE")).as("and on the page").isEqualTo("accepts");
		assertThat(moscowAfter.json).as("nothing of what another group reads moved").isEqualTo(moscowBefore.json);
		assertThat(moscowAfter.historyTotal).as("nor its history").isEqualTo(moscowBefore.historyTotal);
		assertThat(moscowAfter.etag).as("nor its ETag").isEqualTo(moscowBefore.etag);
		assertNotModified(moscow, text, moscowBefore.etag);
		Reading sukhumiAfter = read(sukhumi, text);
		assertThat(sukhumiAfter.stance(wording, "GE")).isEqualTo("ACCEPT");

		Reading coChairsAfter = read(eu, text);
		assertThat(coChairsAfter.stance(wording, "GE")).as("the co-chairs too see the revealed stance, not the new one")
			.isEqualTo("ACCEPT");
		assertThat(coChairsAfter.cell(wording, "GE")).isEqualTo("accepts");
		assertThat(coChairsAfter.page).as("the co-chairs know that one stance is sealed").contains("id=\"sealed\"");
		assertThat(coChairsAfter.etag).as("what the co-chairs see changed: a stance stated, one sealed")
			.isNotEqualTo(coChairsBefore.etag);

		Reading tbilisiAfter = read(tbilisi, text);
		assertThat(tbilisiAfter.stance(wording, "GE")).as("the group sees its own new stance").isEqualTo("REJECT");
		assertThat(tbilisiAfter.cell(wording, "GE")).as("the group's own stance in its column").isEqualTo("rejects");
		assertThat(tbilisiAfter.page).as("no stance chosen in advance, not even the group's last one")
			.doesNotContain("<option value=\"REJECT\" selected=\"selected\">");
		assertThat(tbilisiAfter.etag).isNotEqualTo(tbilisiBefore.etag);
		assertThat(tbilisiAfter.historyTotal).isEqualTo(tbilisiBefore.historyTotal + 1);

		texts.state(moscow, text, wording, StanceKind.ACCEPT, null);
		assertThat(read(sukhumi, text).stance(wording, "GE")).as("another group stating does not unseal it")
			.isEqualTo("ACCEPT");
		texts.state(sukhumi, text, wording, StanceKind.CAN_LIVE_WITH, null);
		Reading moscowOnceAllStated = read(moscow, text);
		assertThat(moscowOnceAllStated.stance(wording, "GE")).as("every required group has stated: all show at once")
			.isEqualTo("REJECT");
		assertThat(moscowOnceAllStated.cell(wording, "GE")).isEqualTo("rejects");
		assertModified(moscow, text, moscowBefore.etag);
		assertThat(read(eu, text).page).as("nothing sealed is left").doesNotContain("id=\"sealed\"");
	}

	@Test
	void aRevealCompletedByAnotherGroupsStanceMovesTheETagAndRefusesAWriteOnTheStaleView() throws Exception {
		Viewer un = fixtures.coChair(Institution.UN);
		Setup setup = newText(un);
		UUID text = setup.text();
		UUID wording = setup.wording();
		texts.state(tbilisi, text, wording, StanceKind.ACCEPT, null);
		texts.state(moscow, text, wording, StanceKind.RESERVE, null);
		Reading moscowBefore = read(moscow, text);
		assertThat(moscowBefore.stance(wording, "GE")).as("sealed").isNull();

		texts.state(sukhumi, text, wording, StanceKind.REJECT, null);

		Reading moscowAfter = read(moscow, text);
		assertThat(moscowAfter.stance(wording, "GE")).as("the last stance completed the reveal").isEqualTo("ACCEPT");
		assertThat(moscowAfter.etag).as("what Moscow sees changed, so does its ETag").isNotEqualTo(moscowBefore.etag);
		assertModified(moscow, text, moscowBefore.etag);
		assertNotModified(moscow, text, moscowAfter.etag);

		mvc.perform(as(post("/api/v1/texts/" + text + "/stances"), moscow).header("If-Match", moscowBefore.etag)
			.contentType("application/json")
			.content("{\"wording\": \"" + wording + "\", \"stance\": \"ACCEPT\"}"))
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.code").exists());
		assertThat(read(moscow, text).stance(wording, "RU")).as("the stance stated on a stale view was not saved")
			.isEqualTo("RESERVE");
		mvc.perform(as(post("/api/v1/texts/" + text + "/stances"), moscow).header("If-Match", moscowAfter.etag)
			.contentType("application/json")
			.content("{\"wording\": \"" + wording + "\", \"stance\": \"ACCEPT\"}"))
			.andExpect(status().isOk());
		assertThat(read(moscow, text).stance(wording, "RU")).isEqualTo("ACCEPT");
	}

	@Test
	void keepsTheETagWhenOnlyWhatTheCallerMayNotSeeChanges() throws Exception {
		Viewer osce = fixtures.coChair(Institution.OSCE);
		Setup setup = newText(osce);
		UUID text = setup.text();
		UUID wording = setup.wording();
		texts.state(tbilisi, text, wording, StanceKind.ACCEPT, null);
		texts.reveal(osce, text);
		Reading moscowBefore = read(moscow, text);

		texts.state(tbilisi, text, wording, StanceKind.REJECT, null);
		texts.state(sukhumi, text, wording, StanceKind.ACCEPT, null);
		texts.propose(sukhumi, text, "para_1", new NegotiatingTexts.NewWording("A wording in confidence.", null, null, true));

		Reading moscowAfter = read(moscow, text);
		assertThat(moscowAfter.etag).as("sealed stances and a wording in confidence are hidden from Moscow")
			.isEqualTo(moscowBefore.etag);
		assertNotModified(moscow, text, moscowBefore.etag);
		mvc.perform(as(post("/api/v1/texts/" + text + "/stances"), moscow).header("If-Match", moscowBefore.etag)
			.contentType("application/json")
			.content("{\"wording\": \"" + wording + "\", \"stance\": \"CAN_LIVE_WITH\"}"))
			.andExpect(status().isOk());
	}

	@Test
	void refusesAStaleWriteFromTheFormToo() throws Exception {
		Viewer eu = fixtures.coChair(Institution.EU);
		Setup setup = newText(eu);
		UUID text = setup.text();
		UUID wording = setup.wording();
		texts.state(tbilisi, text, wording, StanceKind.ACCEPT, null);
		texts.state(moscow, text, wording, StanceKind.RESERVE, null);
		String page = read(moscow, text).page;
		Matcher seen = Pattern.compile("name=\"seen\" value=\"([^\"]+)\"").matcher(page);
		assertThat(seen.find()).isTrue();

		texts.state(sukhumi, text, wording, StanceKind.REJECT, null);

		mvc.perform(as(post("/texts/" + text + "/stances"), moscow).param("seen", seen.group(1))
			.param("wording", wording.toString())
			.param("stance", "ACCEPT"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("problem"));
		assertThat(read(moscow, text).stance(wording, "RU")).isEqualTo("RESERVE");
	}
}
