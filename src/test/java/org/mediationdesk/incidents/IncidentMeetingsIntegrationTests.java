package org.mediationdesk.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.Localized;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/**
 * An incident and the meetings of its mechanism: the secretariat puts it on a past meeting's review of past
 * incidents and makes it a case; the case is carried to the follow-up of open cases of every later meeting (not one
 * postponed) until it is closed; the incident's page and API list those meetings, each meeting's page lists the
 * incident under its item, and a participant outside the mechanism's circle sees none of it.
 */
@IntegrationTest
class IncidentMeetingsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Mechanisms mechanisms;

	@Autowired
	Clock clock;

	@Test
	void aCaseIsFollowedUpAtEveryMeetingUntilItIsClosed() throws Exception {
		Viewer desk = fixtures.secretariat();
		Viewer tbilisi = fixtures.participant("GE");
		Viewer tskhinvali = fixtures.participant("SO");
		Viewer sukhumi = fixtures.participant("AB");
		String code = "C" + letters(4);
		mechanisms.register(desk, new NewMechanism(code, Localized.english("Case mechanism"), Localized.english("A line"),
				List.of(Institution.EU), List.of(tbilisi.groupId(), tskhinvali.groupId()), null, Rhythm.MONTHLY));
		LocalDate today = LocalDate.now(clock);
		UUID before = meeting(desk, code, today.minusDays(30));
		UUID next = meeting(desk, code, today.plusDays(30));
		UUID postponed = meeting(desk, code, today.plusDays(60));
		mechanisms.notHeld(desk, code, postponed, true);
		UUID later = meeting(desk, code, today.plusDays(90));

		String id = JsonPath.read(mvc.perform(post("/api/v1/incidents").with(as(tbilisi)).contentType("application/json")
			.content("{\"mechanism\": \"" + code + "\", \"kind\": \"DETENTION\", \"occurredAt\": \"" + today.minusDays(40)
					+ "\", \"timePrecision\": \"DAY\", \"place\": {\"name\": \"near the line\", \"precision\": \"ALONG_THE_LINE\"},"
					+ " \"summary\": \"A resident was detained.\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.publicId");
		String path = "/api/v1/incidents/" + id;
		mvc.perform(post(path + "/meetings").with(as(tbilisi)).contentType("application/json")
			.content("{\"meeting\": \"" + before + "\"}")).andExpect(status().isNotFound());
		mvc.perform(post(path + "/meetings").with(as(desk)).contentType("application/json")
			.content("{\"meeting\": \"" + postponed + "\"}")).andExpect(status().isBadRequest());
		mvc.perform(post(path + "/meetings").with(as(desk)).contentType("application/json")
			.content("{\"meeting\": \"" + before + "\"}")).andExpect(status().isOk());
		mvc.perform(post(path + "/meetings").with(as(desk)).contentType("application/json")
			.content("{\"meeting\": \"" + before + "\"}")).andExpect(status().isConflict());
		mvc.perform(post(path + "/review").with(as(desk)).contentType("application/json")
			.content("{\"step\": \"OPEN_CASE\"}")).andExpect(status().isOk())
			.andExpect(jsonPath("$.caseOpenedAt").isNotEmpty())
			.andExpect(jsonPath("$.actions").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("OPEN_CASE"))));

		mvc.perform(get(path + "/meetings").with(as(tskhinvali))).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[0].meetingId").value(before.toString()))
			.andExpect(jsonPath("$[0].item").value("REVIEW_OF_PAST_INCIDENTS"))
			.andExpect(jsonPath("$[1].meetingId").value(next.toString()))
			.andExpect(jsonPath("$[1].item").value("FOLLOW_UP_OF_OPEN_CASES"))
			.andExpect(jsonPath("$[2].meetingId").value(later.toString()));
		mvc.perform(get(path + "/meetings").with(as(sukhumi))).andExpect(status().isNotFound());
		assertThat(page(tskhinvali, "/mechanisms/" + code + "/meetings/" + next)).contains("taken-FOLLOW_UP_OF_OPEN_CASES", id);
		assertThat(page(tskhinvali, "/mechanisms/" + code + "/meetings/" + before)).contains("taken-REVIEW_OF_PAST_INCIDENTS", id)
			.doesNotContain("taken-FOLLOW_UP_OF_OPEN_CASES");
		assertThat(page(tskhinvali, "/mechanisms/" + code + "/meetings/" + postponed)).doesNotContain(id);
		assertThat(page(sukhumi, "/mechanisms/" + code + "/meetings/" + next)).doesNotContain(id);
		assertThat(page(tbilisi, "/incidents/" + id)).contains("id=\"incident-case\"", "An open case since",
				"Review of past incidents", "Follow-up of open cases", "/mechanisms/" + code + "/meetings/" + later);

		for (String step : List.of("PUT_UNDER_REVIEW", "VERIFY")) {
			mvc.perform(post(path + "/review").with(as(desk)).contentType("application/json")
				.content("{\"step\": \"" + step + "\"}")).andExpect(status().isOk());
		}
		mvc.perform(post(path + "/review").with(as(desk)).contentType("application/json")
			.content("{\"step\": \"CLOSE\", \"outcome\": \"Released.\"}")).andExpect(status().isOk())
			.andExpect(jsonPath("$.caseClosedAt").isNotEmpty());
		// closed today: the meetings still to come follow it up no more
		mvc.perform(get(path + "/meetings").with(as(tbilisi))).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].item").value("REVIEW_OF_PAST_INCIDENTS"));
		assertThat(page(tskhinvali, "/mechanisms/" + code + "/meetings/" + next)).doesNotContain(id);
		assertThat(page(tbilisi, "/incidents/" + id)).contains("A case from");
	}

	private UUID meeting(Viewer desk, String code, LocalDate on) {
		return mechanisms.schedule(desk, code, new NewMechanismMeeting(MechanismMeetingKind.REGULAR, on, TimePrecision.DAY,
				null, List.of())).id();
	}

	private String page(Viewer viewer, String path) throws Exception {
		return mvc.perform(get(path).with(as(viewer))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private static RequestPostProcessor as(Viewer viewer) {
		return authentication(Fixtures.authentication(viewer));
	}

	static String letters(int count) {
		Random random = new Random();
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < count; i++) {
			letters.append((char) ('A' + random.nextInt(26)));
		}
		return letters.toString();
	}
}
