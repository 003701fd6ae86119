package org.mediationdesk.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.Localized;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The facilitators record that a mechanism is suspended and that it resumed, from its page and over the API: a
 * suspension needs its day, its reason and the published statement's address, and its reason is the mediators'
 * own wording; the page asks before either step; nobody but the co-chairs and secretariat may take it, and for
 * everyone else the steps do not exist.
 */
@IntegrationTest
class MechanismSuspensionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Mechanisms mechanisms;

	/** A mechanism of its own for each test, so that the reference mechanisms stay as the record has them. */
	private String register(String code) {
		Viewer secretariat = fixtures.secretariat();
		List<UUID> groups = mechanisms.mechanism(secretariat, "ERG").groups().stream().map(GroupView::id).toList();
		return mechanisms.register(secretariat, new NewMechanism(code, Localized.english("Test mechanism " + code),
				Localized.english("The test line"), List.of(Institution.EU), groups, null, Rhythm.MONTHLY)).code();
	}

	@Test
	void suspendsAndResumesAMechanismFromItsPageAskingFirst() throws Exception {
		String code = register("SUSPG");
		String page = mvc.perform(get("/mechanisms/" + code).with(as(fixtures.secretariat()))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"suspend-form\"", "data-confirm=\"Record that the mechanism " + code + " is suspended?")
			.doesNotContain("id=\"resume-form\"");

		mvc.perform(post("/mechanisms/" + code + "/suspension").with(as(fixtures.secretariat())).with(csrf())
			.param("from", "2018-06-27").param("reason", "The agenda was not agreed.")
			.param("reasonRu", "Повестка не была согласована.").param("source", "https://civil.ge/archives/245157"))
			.andExpect(redirectedUrl("/mechanisms/" + code))
			.andExpect(flash().attribute("notice", "mechanisms.suspendedNotice"));
		MechanismView suspended = mechanisms.mechanism(Viewer.anonymous(), code);
		assertThat(suspended.currentSuspension().from()).isEqualTo(LocalDate.of(2018, 6, 27));
		assertThat(suspended.currentSuspension().reason().ru()).isEqualTo("Повестка не была согласована.");
		assertThat(suspended.currentSuspension().source()).isEqualTo("https://civil.ge/archives/245157");

		String russian = mvc.perform(get("/mechanisms/" + code).with(as(fixtures.secretariat())).param("lang", "ru"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(russian).contains("Повестка не была согласована.", "id=\"resume-form\"", "Внести возобновление")
			.doesNotContain("id=\"suspend-form\"");
		String anonymous = mvc.perform(get("/mechanisms/" + code)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(anonymous).contains("The agenda was not agreed.").doesNotContain("resume-form", "suspend-form");

		mvc.perform(post("/mechanisms/" + code + "/resumption").with(as(fixtures.coChair(Institution.UN))).with(csrf())
			.param("on", "2019-12-12"))
			.andExpect(redirectedUrl("/mechanisms/" + code))
			.andExpect(flash().attribute("notice", "mechanisms.resumedNotice"));
		MechanismView resumed = mechanisms.mechanism(Viewer.anonymous(), code);
		assertThat(resumed.suspended()).isFalse();
		assertThat(resumed.suspensions()).singleElement()
			.satisfies(period -> assertThat(period.to()).isEqualTo(LocalDate.of(2019, 12, 12)));
	}

	@Test
	void refusesASuspensionWithoutReasonOrSourceKeepingWhatWasTyped() throws Exception {
		String code = register("SUSPR");
		mvc.perform(post("/mechanisms/" + code + "/suspension").with(as(fixtures.secretariat())).with(csrf())
			.param("from", "2018-06-27").param("reason", "The agenda was not agreed.").param("source", ""))
			.andExpect(redirectedUrl("/mechanisms/" + code))
			.andExpect(flash().attribute("problem", "mechanisms.suspensionSourceRequired"))
			.andExpect(flash().attributeExists("suspension"));
		mvc.perform(post("/mechanisms/" + code + "/suspension").with(as(fixtures.secretariat())).with(csrf())
			.param("from", "2018-06-27").param("reason", " ").param("source", "https://civil.ge/archives/245157"))
			.andExpect(flash().attribute("problem", "mechanisms.suspensionReasonRequired"));
		mvc.perform(post("/mechanisms/" + code + "/suspension").with(as(fixtures.secretariat())).with(csrf())
			.param("reason", "Paused.").param("source", "https://civil.ge/archives/245157"))
			.andExpect(flash().attribute("problem", "mechanisms.suspensionDateRequired"));
		mvc.perform(post("/mechanisms/" + code + "/resumption").with(as(fixtures.secretariat())).with(csrf())
			.param("on", "2019-12-12"))
			.andExpect(flash().attribute("problem", "mechanisms.notSuspended"));
		assertThat(mechanisms.mechanism(Viewer.anonymous(), code).suspensions()).isEmpty();
	}

	@Test
	void suspendsAndResumesOverTheApiAndRefusesAReasonThatTakesASide() throws Exception {
		String code = register("SUSPA");
		mvc.perform(post("/api/v1/mechanisms/" + code + "/suspensions").with(as(fixtures.secretariat()))
			.contentType("application/json").content("{\"from\": \"2018-06-27\", \"reason\": {\"en\": \"Paused at the"
					+ " occupation line.\"}, \"source\": \"https://civil.ge/archives/245157\"}"))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/mechanisms/" + code + "/suspensions").with(as(fixtures.secretariat()))
			.contentType("application/json").content("{\"from\": \"2018-06-27\", \"reason\": {\"en\": \"Paused.\"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("published statement")));
		assertThat(mechanisms.mechanism(Viewer.anonymous(), code).suspended()).isFalse();

		mvc.perform(post("/api/v1/mechanisms/" + code + "/suspensions").with(as(fixtures.secretariat()))
			.contentType("application/json").content("{\"from\": \"2018-06-27\", \"reason\": {\"en\": \"The agenda was"
					+ " not agreed.\"}, \"source\": \"https://civil.ge/archives/245157\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.currentSuspension.from").value("2018-06-27"));
		mvc.perform(post("/api/v1/mechanisms/" + code + "/resumption").with(as(fixtures.secretariat()))
			.contentType("application/json").content("{\"on\": \"2018-01-01\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/mechanisms/" + code + "/resumption").with(as(fixtures.secretariat()))
			.contentType("application/json").content("{\"on\": \"2019-12-12\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.currentSuspension").doesNotExist())
			.andExpect(jsonPath("$.suspensions[0].to").value("2019-12-12"));
	}

	@Test
	void hidesTheStepsFromEveryoneButTheCoChairsAndSecretariat() throws Exception {
		String code = register("SUSPH");
		for (Viewer viewer : new Viewer[] { fixtures.participant("GE"), fixtures.participant("SO"), fixtures.admin() }) {
			mvc.perform(post("/mechanisms/" + code + "/suspension").with(as(viewer)).with(csrf())
				.param("from", "2018-06-27").param("reason", "Paused.").param("source", "https://civil.ge/archives/245157"))
				.andExpect(status().isNotFound());
			mvc.perform(post("/api/v1/mechanisms/" + code + "/suspensions").with(as(viewer))
				.contentType("application/json").content("{\"from\": \"2018-06-27\", \"reason\": {\"en\": \"Paused.\"},"
						+ " \"source\": \"https://civil.ge/archives/245157\"}"))
				.andExpect(status().isNotFound());
			mvc.perform(post("/api/v1/mechanisms/" + code + "/resumption").with(as(viewer))
				.contentType("application/json").content("{\"on\": \"2019-12-12\"}"))
				.andExpect(status().isNotFound());
			String page = mvc.perform(get("/mechanisms/" + code).with(as(viewer))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			assertThat(page).doesNotContain("suspend-form");
		}
		assertThat(mechanisms.mechanism(Viewer.anonymous(), code).suspended()).isFalse();
		mvc.perform(post("/api/v1/mechanisms/NOSUCH/suspensions").with(as(fixtures.secretariat()))
			.contentType("application/json").content("{\"from\": \"2018-06-27\", \"reason\": {\"en\": \"Paused.\"},"
					+ " \"source\": \"https://civil.ge/archives/245157\"}"))
			.andExpect(status().isNotFound());
	}

	private static RequestPostProcessor as(Viewer viewer) {
		return authentication(Fixtures.authentication(viewer));
	}
}
