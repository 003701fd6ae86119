package org.mediationdesk.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.identity.Viewer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.FlashMap;

/**
 * The hotline's pages: a mechanism's hotline offers each viewer only the steps that apply, in every language; a
 * refused activation comes back with its reason and what was typed; the console shows the overdue first; nobody
 * outside the mechanism's circle finds the pages.
 */
@IntegrationTest
class HotlinePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Hotline hotline;

	@Autowired
	ApplicationContext context;

	private static RequestPostProcessor as(Viewer viewer) {
		return authentication(Fixtures.authentication(viewer));
	}

	private String page(Viewer viewer, String path, Locale locale) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path).with(as(viewer)).locale(locale))
			.andExpect(status().isOk()).andReturn().getResponse();
		response.setCharacterEncoding("UTF-8");
		return response.getContentAsString();
	}

	@Test
	void offersEachViewerOnlyTheStepsThatApplyInEveryLanguage() throws Exception {
		Viewer tbilisi = fixtures.participant("GE");
		Viewer tskhinvali = fixtures.participant("SO");
		Viewer secretariat = fixtures.secretariat();
		ActivationView sent = hotline.activate(tbilisi, new NewActivation("ERG", List.of("SO"), Urgency.URGENT,
				"Pages: water access", "The irrigation channel is closed.", null, null, null));
		String card = "activation-" + sent.id();
		assertThat(page(secretariat, "/mechanisms/ERG/hotline", Locale.ENGLISH)).contains(card, "Relay to the groups");
		assertThat(page(tskhinvali, "/mechanisms/ERG/hotline", Locale.ENGLISH)).as("confided to the operator")
			.doesNotContain(card);
		hotline.relay(secretariat, sent.id());
		String english = page(tskhinvali, "/mechanisms/ERG/hotline", Locale.ENGLISH);
		assertThat(english).contains(card, "Acknowledge", "Pages: water access", "id=\"activate-form\"");
		assertThat(page(tbilisi, "/mechanisms/ERG/hotline", Locale.ENGLISH)).contains(card)
			.doesNotContain("class=\"btn btn-primary btn-sm acknowledge\"");
		assertThat(page(tskhinvali, "/mechanisms/ERG/hotline", Locale.forLanguageTag("ru")))
			.contains("Подтвердить получение", "Журнал");
		assertThat(page(tskhinvali, "/mechanisms/ERG/hotline", Locale.forLanguageTag("ka")))
			.contains("მიღების დადასტურება", "ჟურნალი");
		assertThat(page(tskhinvali, "/mechanisms/ERG", Locale.ENGLISH)).contains("id=\"hotline-link\"");
		hotline.acknowledge(tskhinvali, sent.id());
		assertThat(page(tskhinvali, "/mechanisms/ERG/hotline", Locale.ENGLISH)).contains("Send the response")
			.doesNotContain("class=\"btn btn-primary btn-sm acknowledge\"");
	}

	@Test
	void aRefusedActivationComesBackWithItsReasonAndWhatWasTyped() throws Exception {
		Viewer tbilisi = fixtures.participant("GE");
		FlashMap flash = mvc.perform(post("/mechanisms/ERG/hotline").with(as(tbilisi)).with(csrf())
				.param("urgency", "URGENT").param("subject", "Kept subject").param("message", "Kept message"))
			.andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
		assertThat(flash.get("problem")).isEqualTo("hotline.addresseesRequired");
		String again = mvc.perform(get("/mechanisms/ERG/hotline").with(as(tbilisi)).flashAttrs(flash))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(again).contains("Choose at least one participant group", "value=\"Kept subject\"", "Kept message");
	}

	@Test
	void theConsoleShowsTheOverdueFirstToTheDeskOnly() throws Exception {
		Viewer secretariat = fixtures.secretariat();
		ActivationView overdue = HotlineIntegrationTestsSupport.of(context).sentAt(Instant.parse("2004-01-01T08:00:00Z"), "Console: long overdue");
		ActivationView fresh = hotline.activate(secretariat, new NewActivation("ERG", List.of("RU"), Urgency.ROUTINE,
				"Console: just sent", "A routine message.", null, null, null));
		String console = page(secretariat, "/hotline/console", Locale.ENGLISH);
		assertThat(console.indexOf(overdue.id().toString())).isPositive()
			.isLessThan(console.indexOf(fresh.id().toString()));
		assertThat(console).contains("data-due=", "Overdue");
		mvc.perform(get("/hotline/console").with(as(fixtures.participant("GE")))).andExpect(status().isNotFound());
		for (Viewer outside : List.of(fixtures.participant("AB"), fixtures.admin())) {
			mvc.perform(get("/mechanisms/ERG/hotline").with(as(outside))).andExpect(status().isNotFound());
		}
	}
}
