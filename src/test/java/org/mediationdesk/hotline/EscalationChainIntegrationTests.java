package org.mediationdesk.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.Institution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.FlashMap;

/**
 * Editing a mechanism's escalation chain: the page is the operator's desk's (the co-chairs, the facilitators'
 * among them, and the secretariat) and nobody else's; a chain that does not hold is refused with the reason and
 * comes back as typed; an open activation keeps its place in the chain, so that a step already fired never fires
 * again, and its next step comes as the new chain says. Each test leaves Ergneti with the default chain; the clock
 * test works in 1998, before every other clock test's year, so that its ticks fire only its own activation.
 */
@IntegrationTest
class EscalationChainIntegrationTests {

	private static final String PAGE = "/mechanisms/ERG/hotline/escalation-chain";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Hotline hotline;

	@Autowired
	EscalationEngine engine;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	private static RequestPostProcessor as(Viewer viewer) {
		return authentication(Fixtures.authentication(viewer));
	}

	@AfterEach
	void backToTheDefaultChain() {
		jdbc.sql("DELETE FROM hotline_escalation_step WHERE mechanism_id = (SELECT id FROM mechanism WHERE code = 'ERG')")
			.update();
	}

	private List<Integer> fired(UUID activation) {
		return jdbc.sql("SELECT step FROM hotline_escalation WHERE activation_id = :id ORDER BY step")
			.param("id", activation).query(Integer.class).list();
	}

	private String page(Viewer viewer, Locale locale) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(PAGE).with(as(viewer)).locale(locale))
			.andExpect(status().isOk()).andReturn().getResponse();
		response.setCharacterEncoding("UTF-8");
		return response.getContentAsString();
	}

	@Test
	void anEditedChainNeverFiresAgainAStepAlreadyFiredAndTimesTheNextFromTheNewChain() {
		Viewer secretariat = fixtures.secretariat();
		ActivationView sent = HotlineIntegrationTestsSupport.of(context).sentAt(Instant.parse("1998-03-01T08:00:00Z"),
				"Chain edited while open");
		Instant deadline = sent.acknowledgeBy();
		assertThat(engine.tick(deadline)).as("the supervisors at the deadline").isEqualTo(1);
		assertThat(fired(sent.id())).containsExactly(0);

		hotline.replaceChain(secretariat, "ERG", List.of(
				new EscalationStep(Duration.ZERO, EscalationTarget.FACILITATORS, List.of()),
				new EscalationStep(Duration.ofMinutes(10), EscalationTarget.SUPERVISORS, List.of()),
				new EscalationStep(Duration.ofMinutes(60), EscalationTarget.NOBODY_ANSWERED, List.of())));
		assertThat(engine.tick(deadline.plus(Duration.ofMinutes(5)))).as("the first step was fired already").isZero();
		assertThat(fired(sent.id())).containsExactly(0);
		assertThat(engine.tick(deadline.plus(Duration.ofMinutes(10)))).as("the new second step, at 10 minutes, not 30")
			.isEqualTo(1);
		hotline.replaceChain(secretariat, "ERG", List.of(
				new EscalationStep(Duration.ZERO, EscalationTarget.SUPERVISORS, List.of()),
				new EscalationStep(Duration.ofMinutes(10), EscalationTarget.FACILITATORS, List.of()),
				new EscalationStep(Duration.ofMinutes(20), EscalationTarget.NOBODY_ANSWERED, List.of())));
		assertThat(engine.tick(deadline.plus(Duration.ofMinutes(15)))).as("none of the two fired again").isZero();
		assertThat(engine.tick(deadline.plus(Duration.ofMinutes(20)))).isEqualTo(1);
		assertThat(engine.tick(deadline.plus(Duration.ofDays(2)))).isZero();
		assertThat(fired(sent.id())).containsExactly(0, 1, 2);
		assertThat(jdbc.sql("SELECT target FROM hotline_escalation WHERE activation_id = :id ORDER BY step")
			.param("id", sent.id()).query(String.class).list())
			.containsExactly("SUPERVISORS", "SUPERVISORS", "NOBODY_ANSWERED");
	}

	@Test
	void theDeskEditsTheChainOnItsPageInEveryLanguageAndNobodyElseFindsIt() throws Exception {
		Viewer facilitator = fixtures.coChair(Institution.OSCE);
		assertThat(page(facilitator, Locale.ENGLISH)).contains("Escalation chain of", "Nobody answered",
				"The operator supervisors", "30 minutes after the deadline", "data-confirm=");
		assertThat(page(fixtures.secretariat(), Locale.forLanguageTag("ru"))).contains("Цепочка эскалации",
				"Никто не ответил");
		assertThat(page(fixtures.coChair(Institution.UN), Locale.forLanguageTag("ka"))).contains("ესკალაციის ჯაჭვი",
				"არავინ უპასუხა");
		FlashMap saved = mvc.perform(post(PAGE).with(as(facilitator)).with(csrf())
				.param("delay", "5", "15", "").param("target", "SUPERVISORS", "FACILITATORS", "")
				.param("accounts", "duty-one, duty-two", "", "").param("nobodyAnswered", "90"))
			.andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
		assertThat(saved.get("notice")).isEqualTo("hotline.chainSaved");
		assertThat(hotline.chain(fixtures.participant("GE"), "ERG")).extracting(EscalationStep::target)
			.containsExactly(EscalationTarget.SUPERVISORS, EscalationTarget.FACILITATORS, EscalationTarget.NOBODY_ANSWERED);
		assertThat(hotline.chain(fixtures.participant("GE"), "ERG").get(0).accounts()).containsExactly("duty-one", "duty-two");
		assertThat(page(facilitator, Locale.ENGLISH)).contains("90 minutes after the deadline", "duty-one, duty-two");
		for (Viewer outside : List.of(fixtures.participant("GE"), fixtures.participant("AB"), fixtures.admin())) {
			mvc.perform(get(PAGE).with(as(outside))).andExpect(status().isNotFound());
			mvc.perform(post(PAGE).with(as(outside)).with(csrf()).param("delay", "0").param("target", "SUPERVISORS")
				.param("nobodyAnswered", "1")).andExpect(status().isNotFound());
		}
		mvc.perform(get(PAGE)).andExpect(status().isNotFound());
	}

	@Test
	void aChainThatDoesNotHoldComesBackWithTheReasonAndAsTyped() throws Exception {
		Viewer secretariat = fixtures.secretariat();
		FlashMap refused = mvc.perform(post(PAGE).with(as(secretariat)).with(csrf())
				.param("delay", "40", "25").param("target", "SUPERVISORS", "FACILITATORS").param("accounts", "", "")
				.param("nobodyAnswered", "120"))
			.andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
		assertThat(refused.get("problem")).isEqualTo("hotline.chainDelays");
		String again = mvc.perform(get(PAGE).with(as(secretariat)).flashAttrs(refused)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(again).contains("Step 2 comes 25 minutes after the deadline, earlier than step 1 at 40 minutes",
				"value=\"40\"", "value=\"25\"");
		FlashMap none = mvc.perform(post(PAGE).with(as(secretariat)).with(csrf()).param("nobodyAnswered", "120"))
			.andReturn().getFlashMap();
		assertThat(none.get("problem")).isEqualTo("hotline.chainOneStep");
		FlashMap notANumber = mvc.perform(post(PAGE).with(as(secretariat)).with(csrf()).param("delay", "soon")
				.param("target", "SUPERVISORS").param("nobodyAnswered", "120")).andReturn().getFlashMap();
		assertThat(notANumber.get("problem")).isEqualTo("hotline.chainDelayRange");
		assertThat(hotline.chain(secretariat, "ERG")).as("nothing half-written").hasSize(3)
			.extracting(step -> step.delay().toMinutes()).containsExactly(0L, 30L, 120L);
		mvc.perform(put("/api/v1/hotline/mechanisms/ERG/escalation-chain").with(as(secretariat))
				.contentType("application/json").content("[{\"delayMinutes\": 30, \"target\": \"SUPERVISORS\"},"
						+ " {\"delayMinutes\": 10, \"target\": \"NOBODY_ANSWERED\"}]"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("earlier than step 1")));
	}
}
