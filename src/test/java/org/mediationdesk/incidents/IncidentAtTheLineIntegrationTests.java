package org.mediationdesk.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.identity.Viewer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/**
 * An incident at the line, through the API and the pages: a detention reported by the participants from Tbilisi,
 * contested by the participants from Tskhinval(i), put under review by the facilitators, verified and closed. At
 * each step each side reads both accounts side by side, each in its own words; the participants from Sukhum(i),
 * of the other mechanism only, find nothing at any step.
 */
@IntegrationTest
class IncidentAtTheLineIntegrationTests {

	private static final String REPORT = "{\"mechanism\": \"ERG\", \"kind\": \"DETENTION\", \"alsoKinds\": [\"CROSSING_OF_THE_LINE\"],"
			+ " \"occurredAt\": \"2026-03-14T06:30:00Z\", \"timePrecision\": \"EXACT\","
			+ " \"place\": {\"name\": \"near Khurvaleti\", \"precision\": \"NEAR\"}, \"actor1\": \"security actors\","
			+ " \"actor2\": \"two residents\", \"casualties\": {\"detained\": {\"low\": 2, \"best\": 2, \"high\": 2}},"
			+ " \"summary\": \"Two residents were detained at the occupation line while collecting firewood.\","
			+ " \"sources\": \"Statement of 14 March\"}";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void aDetentionReportedByOneSideContestedByAnotherReviewedAndClosed() throws Exception {
		Viewer tbilisi = fixtures.participant("GE");
		Viewer tskhinvali = fixtures.participant("SO");
		Viewer sukhumi = fixtures.participant("AB");
		Viewer secretariat = fixtures.secretariat();

		String body = mvc.perform(post("/api/v1/incidents").with(as(tbilisi)).contentType("application/json").content(REPORT))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.publicId").value(org.hamcrest.Matchers.matchesPattern("ERG-\\d{4}-\\d{4}")))
			.andExpect(jsonPath("$.state").value("REPORTED"))
			.andExpect(jsonPath("$.kind").value("DETENTION"))
			.andExpect(jsonPath("$.summary").doesNotExist())
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.publicId");
		String path = "/api/v1/incidents/" + id;
		// the side's account keeps its words, even those the facilitators may not use
		read(tskhinvali, path).andExpect(jsonPath("$.accounts.length()").value(1))
			.andExpect(jsonPath("$.accounts[0].groupCode").value("GE"))
			.andExpect(jsonPath("$.accounts[0].text").value(containsString("occupation line")))
			.andExpect(jsonPath("$.disputed").value(false));
		hiddenFrom(sukhumi, id);

		mvc.perform(post(path + "/accounts").with(as(tskhinvali)).contentType("application/json")
			.content("{\"text\": \"One person crossed the state border and was held.\", \"sources\": \"Press release\","
					+ " \"responsible\": \"The person who crossed\", \"casualties\": {\"detained\": {\"best\": 1}}}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.disputed").value(true))
			.andExpect(jsonPath("$.figures.detained.best").value(1));
		for (Viewer side : new Viewer[] { tbilisi, tskhinvali }) {
			read(side, path).andExpect(jsonPath("$.accounts.length()").value(2))
				.andExpect(jsonPath("$.accounts[?(@.groupCode == 'GE')].text").value(org.hamcrest.Matchers.hasItem(
						containsString("occupation line"))))
				.andExpect(jsonPath("$.accounts[?(@.groupCode == 'SO')].text").value(org.hamcrest.Matchers.hasItem(
						containsString("state border"))))
				.andExpect(jsonPath("$.figures.detained.best").value(1))
				.andExpect(jsonPath("$.disputed").value(true));
		}
		hiddenFrom(sukhumi, id);
		mvc.perform(post(path + "/accounts").with(as(tskhinvali)).contentType("application/json")
			.content("{\"text\": \"Again.\"}")).andExpect(status().isConflict());

		step(secretariat, path, "PUT_UNDER_REVIEW", null).andExpect(jsonPath("$.state").value("UNDER_REVIEW"));
		mvc.perform(post(path + "/review").with(as(tbilisi)).contentType("application/json")
			.content("{\"step\": \"VERIFY\"}")).andExpect(status().isNotFound());
		// the facilitators' summary is theirs: it passes the terminology gate
		mvc.perform(post(path + "/accounts").with(as(secretariat)).contentType("application/json")
			.content("{\"text\": \"Two residents were detained near the occupation line.\"}"))
			.andExpect(status().isConflict());
		mvc.perform(post(path + "/accounts").with(as(secretariat)).contentType("application/json")
			.content("{\"text\": \"Residents were detained near the line; the figures differ.\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.summary").value("Residents were detained near the line; the figures differ."));
		read(tskhinvali, path).andExpect(jsonPath("$.state").value("UNDER_REVIEW"))
			.andExpect(jsonPath("$.accounts[0].facilitators").value(true));
		hiddenFrom(sukhumi, id);

		step(secretariat, path, "VERIFY", null).andExpect(jsonPath("$.state").value("VERIFIED"));
		step(secretariat, path, "CLOSE", "Both residents were released after a joint visit.")
			.andExpect(jsonPath("$.state").value("CLOSED"));
		for (Viewer side : new Viewer[] { tbilisi, tskhinvali }) {
			read(side, path).andExpect(jsonPath("$.state").value("CLOSED"))
				.andExpect(jsonPath("$.closingOutcome").value("Both residents were released after a joint visit."))
				.andExpect(jsonPath("$.accounts.length()").value(3))
				.andExpect(jsonPath("$.actions.length()").value(0));
		}
		hiddenFrom(sukhumi, id);

		String page = mvc.perform(get("/incidents/" + id).with(as(tskhinvali))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("data-source=\"GE\"", "data-source=\"SO\"", "data-source=\"facilitators\"",
				"occupation line", "state border", "disputed", "Closed");
		mvc.perform(get("/incidents/" + id).with(as(sukhumi))).andExpect(status().isNotFound());
		mvc.perform(get("/incidents?mechanism=ERG").with(as(tbilisi))).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(containsString(id)))
			// the register's lists name the mechanism, never by its code alone
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("<option value=\"ERG\" selected=\"selected\">Ergneti Incident Prevention and Response Mechanism</option>")));
	}

	@Test
	void refusesAReportThatIsWrongSayingWhatToDo() throws Exception {
		Viewer tbilisi = fixtures.participant("GE");
		mvc.perform(post("/api/v1/incidents").with(as(tbilisi)).contentType("application/json")
			.content(REPORT.replace("\"low\": 2, \"best\": 2", "\"low\": 3, \"best\": 2")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("may not exceed")));
		mvc.perform(post("/api/v1/incidents").with(as(tbilisi)).contentType("application/json")
			.content(REPORT.replace("2026-03-14T06:30:00Z", "14 March")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("2026-03-14")));
		mvc.perform(post("/api/v1/incidents").with(as(tbilisi)).contentType("application/json")
			.content(REPORT.replace("\"precision\": \"NEAR\"}", "\"precision\": \"NEAR\", \"lat\": 42.2, \"lon\": 44.1}")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("only for a point")));
		// Gali's groups are those from Sukhum(i), Tbilisi and Moscow: the participants from Tskhinval(i) keep no register there
		mvc.perform(post("/api/v1/incidents").with(as(fixtures.participant("SO"))).contentType("application/json")
			.content(REPORT.replace("\"ERG\"", "\"GAL\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("Choose a mechanism")));
		mvc.perform(post("/api/v1/incidents").with(as(fixtures.participant("US"))).contentType("application/json")
			.content(REPORT)).andExpect(status().isBadRequest());
	}

	@Test
	void showsTheMechanismsAndTheirMeetingsToEveryoneAndTheInternalsToTheCircle() throws Exception {
		mvc.perform(get("/api/v1/mechanisms/GAL"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.currentSuspension.from").value("2018-06-27"))
			.andExpect(jsonPath("$.facilitators[0]").value("UN"))
			.andExpect(jsonPath("$.inCircle").value(false));
		String meetings = mvc.perform(get("/api/v1/mechanisms/GAL/meetings")).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].number").value(57))
			.andExpect(jsonPath("$[0].outcome").value("NOT_CONCLUDED"))
			.andExpect(jsonPath("$[0].internals").value(false))
			.andExpect(jsonPath("$[0].venue").doesNotExist())
			.andReturn().getResponse().getContentAsString();
		assertThat(meetings).contains("61 times on 28 different issues");
		mvc.perform(get("/api/v1/mechanisms/ERG/meetings").with(as(fixtures.participant("SO"))))
			.andExpect(jsonPath("$[?(@.number == 122)].internals").value(org.hamcrest.Matchers.hasItem(true)));
		mvc.perform(get("/api/v1/mechanisms/XYZ")).andExpect(status().isNotFound());
		String page = mvc.perform(get("/mechanisms/GAL")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Suspended since", "Meeting 57", "Not concluded");
		mvc.perform(post("/api/v1/mechanisms/ERG/meetings").with(as(fixtures.participant("GE")))
			.contentType("application/json").content("{\"kind\": \"REGULAR\", \"heldOn\": \"2026-12-17\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/mechanisms/ERG/meetings").with(as(fixtures.secretariat()))
			.contentType("application/json").content("{\"kind\": \"REGULAR\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("date")));
	}

	private ResultActions read(Viewer viewer, String path) throws Exception {
		return mvc.perform(get(path).with(as(viewer))).andExpect(status().isOk());
	}

	private ResultActions step(Viewer viewer, String path, String step, String outcome) throws Exception {
		return mvc.perform(post(path + "/review").with(as(viewer)).contentType("application/json")
			.content("{\"step\": \"" + step + "\"" + (outcome == null ? "" : ", \"outcome\": \"" + outcome + "\"") + "}"))
			.andExpect(status().isOk());
	}

	private void hiddenFrom(Viewer outsider, String id) throws Exception {
		mvc.perform(get("/api/v1/incidents/" + id).with(as(outsider))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/incidents?mechanism=ERG").with(as(outsider))).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(post("/api/v1/incidents/" + id + "/accounts").with(as(outsider)).contentType("application/json")
			.content("{\"text\": \"Ours.\"}")).andExpect(status().isNotFound());
	}

	private static RequestPostProcessor as(Viewer viewer) {
		return authentication(Fixtures.authentication(viewer));
	}
}
