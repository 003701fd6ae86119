package org.mediationdesk.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.identity.ObjectLabels.Label;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.incidents.IncidentRegister;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;

import com.jayway.jsonpath.JsonPath;

/**
 * The hotline through its API and facades on the real database: deadlines answered at once, the relay, each
 * addressee's steps, two acknowledgements at once, the clocks moved by a controlled clock, the escalation engine
 * (also two engines at once) and who finds nothing. Each clock test works in a past year of its own, so that its
 * ticks fire only its own activations.
 */
@IntegrationTest
class HotlineIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Hotline hotline;

	@Autowired
	HotlineLog log;

	@Autowired
	EscalationEngine engine;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ActivationRepository activations;

	@Autowired
	HotlineCircles circles;

	@Autowired
	ActivationViews views;

	@Autowired
	HotlineClocks clocks;

	@Autowired
	EscalationChains chains;

	@Autowired
	IncidentRegister incidents;

	@Autowired
	HotlineProperties properties;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	private static RequestPostProcessor as(Viewer viewer) {
		return authentication(Fixtures.authentication(viewer));
	}

	/** The facade on a controlled clock. */
	private Hotline hotlineAt(ControlledClock clock) {
		return new Hotline(activations, circles, views, clocks, chains, incidents, properties, events, transactions, clock);
	}

	private static NewActivation urgent(String subject, String... to) {
		return new NewActivation("ERG", List.of(to), Urgency.URGENT, subject, "Please confirm where the person is held.",
				null, null, null);
	}

	private int escalations(UUID activation) {
		return jdbc.sql("SELECT COUNT(*) FROM hotline_escalation WHERE activation_id = :id").param("id", activation)
			.query(Integer.class).single();
	}

	@Test
	void answersItsDeadlinesAndStateAndTakesEachStepInTurn() throws Exception {
		Viewer tbilisi = fixtures.participant("GE");
		Viewer tskhinvali = fixtures.participant("SO");
		Viewer secretariat = fixtures.secretariat();
		String body = mvc.perform(post("/api/v1/hotline/activations").with(as(tbilisi)).contentType("application/json")
				.content("{\"mechanism\": \"ERG\", \"to\": [\"SO\"], \"urgency\": \"EMERGENCY\", \"subject\": \"Shots heard\","
						+ " \"message\": \"Shots were heard near the line at dawn.\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("AWAITING_RELAY"))
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		Instant sent = Instant.parse(JsonPath.read(body, "$.activatedAt"));
		assertThat(Instant.parse(JsonPath.<String>read(body, "$.acknowledgeBy"))).isEqualTo(sent.plus(Duration.ofMinutes(15)));
		assertThat(Instant.parse(JsonPath.<String>read(body, "$.respondBy"))).isEqualTo(sent.plus(Duration.ofHours(4)));
		String path = "/api/v1/hotline/activations/" + id;
		mvc.perform(get(path).with(as(tskhinvali))).andExpect(status().isNotFound());
		mvc.perform(post(path + "/acknowledgement").with(as(tskhinvali))).andExpect(status().isNotFound());
		mvc.perform(post(path + "/relay").with(as(tbilisi))).andExpect(status().isNotFound());
		mvc.perform(post(path + "/relay").with(as(secretariat))).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("AWAITING_ACKNOWLEDGEMENT"));
		mvc.perform(post(path + "/relay").with(as(secretariat))).andExpect(status().isConflict());
		mvc.perform(get(path).with(as(tskhinvali))).andExpect(status().isOk())
			.andExpect(jsonPath("$.availableActions[0]").value("ACKNOWLEDGE"));
		mvc.perform(post(path + "/response").with(as(tskhinvali)).contentType("application/json")
				.content("{\"text\": \"Too early.\"}")).andExpect(status().isConflict());
		mvc.perform(post(path + "/acknowledgement").with(as(tbilisi))).andExpect(status().isConflict());
		mvc.perform(post(path + "/acknowledgement").with(as(tskhinvali))).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("AWAITING_RESPONSE"));
		mvc.perform(post(path + "/acknowledgement").with(as(tskhinvali))).andExpect(status().isConflict());
		mvc.perform(post(path + "/response").with(as(tskhinvali)).contentType("application/json")
				.content("{\"text\": \"A training exercise; no one was hurt.\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ANSWERED"))
			.andExpect(jsonPath("$.addressees[0].response").value("A training exercise; no one was hurt."));
		String list = mvc.perform(get("/api/v1/hotline/activations?mechanism=ERG").with(as(tbilisi)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(list).contains(id);
		String logged = mvc.perform(get("/api/v1/hotline/mechanisms/ERG/log").with(as(tskhinvali)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<String> kinds = JsonPath.read(logged, "$[?(@.activation == '" + id + "')].kind");
		assertThat(kinds).containsExactly("ACTIVATED", "RELAYED", "ACKNOWLEDGED", "RESPONDED");
	}

	@Test
	void refusesWhatIsNotOfTheMechanismWithTheReason() throws Exception {
		Viewer tbilisi = fixtures.participant("GE");
		mvc.perform(post("/api/v1/hotline/activations").with(as(tbilisi)).contentType("application/json")
				.content("{\"mechanism\": \"ERG\", \"to\": [\"AB\"], \"urgency\": \"URGENT\", \"subject\": \"s\", \"message\": \"m\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/hotline/activations").with(as(tbilisi)).contentType("application/json")
				.content("{\"mechanism\": \"ERG\", \"to\": [\"SO\"], \"subject\": \"s\", \"message\": \"m\"}"))
			.andExpect(status().isBadRequest());
		assertThatThrownBy(() -> hotline.activate(fixtures.participant("AB"), urgent("Not theirs", "GE")))
			.isInstanceOf(DeskException.Invalid.class).hasMessage("hotline.mechanismRequired");
		assertThatThrownBy(() -> hotline.activate(fixtures.coChair(Institution.UN),
				new NewActivation("ERG", List.of("SO"), Urgency.URGENT, "s", "m", null, null, SenderKind.FACILITATOR)))
			.as("the UN does not facilitate Ergneti").isInstanceOf(DeskException.Invalid.class);
	}

	@Test
	void anotherMechanismsParticipantThePublicAndTheAdministratorFindNothing() throws Exception {
		Viewer secretariat = fixtures.secretariat();
		ActivationView sent = hotline.activate(secretariat, urgent("Crossing point hours", "GE", "SO"));
		String path = "/api/v1/hotline/activations/" + sent.id();
		for (Viewer outside : List.of(fixtures.participant("AB"), fixtures.admin())) {
			mvc.perform(get(path).with(as(outside))).andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/hotline/activations?mechanism=ERG").with(as(outside))).andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/hotline/mechanisms/ERG/log").with(as(outside))).andExpect(status().isNotFound());
			mvc.perform(post(path + "/acknowledgement").with(as(outside))).andExpect(status().isNotFound());
		}
		mvc.perform(get(path)).andExpect(status().isUnauthorized());
		String gali = mvc.perform(get("/api/v1/hotline/activations").with(as(fixtures.participant("AB"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(gali).as("Sukhum(i)'s participants are of Gali's circle only").doesNotContain(sent.id().toString());
	}

	@Test
	void twoAcknowledgementsAtOnceGiveOneAcknowledgementAndOneCleanRefusal() throws Exception {
		Viewer secretariat = fixtures.secretariat();
		Viewer first = fixtures.participant("SO");
		Viewer second = fixtures.participant("SO");
		for (int round = 0; round < 5; round++) {
			ActivationView sent = hotline.activate(secretariat, urgent("Race " + round, "SO", "RU"));
			CyclicBarrier start = new CyclicBarrier(2);
			List<CompletableFuture<String>> outcomes = new ArrayList<>();
			for (Viewer each : List.of(first, second)) {
				outcomes.add(CompletableFuture.supplyAsync(() -> {
					try {
						start.await();
						hotline.acknowledge(each, sent.id());
						return "ok";
					}
					catch (DeskException.Conflict refused) {
						return refused.code();
					}
					catch (Exception other) {
						return other.toString();
					}
				}));
			}
			List<String> results = outcomes.stream().map(CompletableFuture::join).toList();
			assertThat(results).as("round " + round).containsExactlyInAnyOrder("ok", "hotline.alreadyAcknowledged");
			assertThat(log.activation(secretariat, sent.id()).addressees())
				.filteredOn(addressee -> addressee.acknowledgedAt() != null).hasSize(1);
		}
	}

	@Test
	void acknowledgementsOfTwoGroupsAtOnceBothStand() throws Exception {
		Viewer secretariat = fixtures.secretariat();
		ActivationView sent = hotline.activate(secretariat, urgent("Both at once", "SO", "RU"));
		CyclicBarrier start = new CyclicBarrier(2);
		List<CompletableFuture<Void>> both = new ArrayList<>();
		for (Viewer each : List.of(fixtures.participant("SO"), fixtures.participant("RU"))) {
			both.add(CompletableFuture.runAsync(() -> {
				try {
					start.await();
				}
				catch (Exception e) {
					throw new IllegalStateException(e);
				}
				hotline.acknowledge(each, sent.id());
			}));
		}
		both.forEach(CompletableFuture::join);
		assertThat(log.activation(secretariat, sent.id()).state()).isEqualTo(ActivationState.AWAITING_RESPONSE);
	}

	@Test
	void escalatesEachStepOnceAsTheControlledClockMovesAndStopsOnceAcknowledged() {
		ControlledClock clock = new ControlledClock(Instant.parse("2001-05-01T08:00:00Z"));
		Hotline late = hotlineAt(clock);
		Viewer secretariat = fixtures.secretariat();
		ActivationView sent = late.activate(secretariat, urgent("Escalation clock", "SO"));
		ActivationView other = late.activate(secretariat, urgent("Acknowledged in time", "RU"));
		Instant deadline = sent.acknowledgeBy();
		assertThat(deadline).isEqualTo(Instant.parse("2001-05-01T09:00:00Z"));
		clock.move(Duration.ofMinutes(30));
		late.acknowledge(fixtures.participant("RU"), other.id());
		assertThat(engine.tick(deadline.minusSeconds(1))).isZero();
		assertThat(engine.tick(deadline)).isEqualTo(1);
		assertThat(engine.tick(deadline)).as("fired once").isZero();
		assertThat(escalations(sent.id())).isEqualTo(1);
		assertThat(engine.tick(deadline.plus(Duration.ofMinutes(29)))).isZero();
		assertThat(engine.tick(deadline.plus(Duration.ofMinutes(30)))).isEqualTo(1);
		clock.move(Duration.ofMinutes(70));
		ActivationView acknowledged = late.acknowledge(fixtures.participant("SO"), sent.id());
		assertThat(acknowledged.addressees().get(0).acknowledgedLate()).isTrue();
		assertThat(engine.tick(deadline.plus(Duration.ofHours(5)))).as("acknowledged: no nobody-answered").isZero();
		assertThat(escalations(sent.id())).isEqualTo(2);
		assertThat(escalations(other.id())).isZero();
		List<LogEntry> entries = log.log(secretariat, "ERG").stream().filter(e -> e.activation().equals(sent.id())).toList();
		assertThat(entries).extracting(LogEntry::kind).containsExactly(LogEntry.Kind.ACTIVATED, LogEntry.Kind.ESCALATED,
				LogEntry.Kind.ESCALATED, LogEntry.Kind.ACKNOWLEDGED);
		assertThat(entries.get(1).overdue()).isTrue();
		assertThat(entries.get(3).overdue()).as("acknowledged late").isTrue();
	}

	@Test
	void endsInNobodyAnsweredAndTellsTheDeskInTheApplication() {
		ControlledClock clock = new ControlledClock(Instant.parse("2002-05-01T08:00:00Z"));
		Viewer secretariat = fixtures.viewer(Role.SECRETARIAT, null, null);
		Viewer ergnetiFacilitator = fixtures.viewer(Role.CO_CHAIR, Institution.OSCE, null);
		Viewer galiFacilitator = fixtures.viewer(Role.CO_CHAIR, Institution.UN, null);
		ActivationView sent = hotlineAt(clock).activate(secretariat, new NewActivation("ERG", List.of("GE"),
				Urgency.EMERGENCY, "Nobody answers", "Is anyone on duty?", null, null, null));
		int before = told(secretariat, "notification.hotlineNobodyAnswered");
		int escalatedBefore = told(secretariat, "notification.hotlineEscalated");
		assertThat(engine.tick(sent.acknowledgeBy().plus(Duration.ofDays(1)))).as("each step due fires").isEqualTo(3);
		assertThat(told(secretariat, "notification.hotlineEscalated") - escalatedBefore).isEqualTo(1);
		assertThat(told(secretariat, "notification.hotlineNobodyAnswered") - before).isEqualTo(1);
		assertThat(told(ergnetiFacilitator, "notification.hotlineEscalated")).as("supervisors, then facilitators").isEqualTo(2);
		assertThat(told(galiFacilitator, "notification.hotlineEscalated")).as("the desk's step only").isEqualTo(1);
		assertThat(engine.tick(sent.acknowledgeBy().plus(Duration.ofDays(2)))).isZero();
		assertThat(escalations(sent.id())).isEqualTo(3);
	}

	@Test
	void twoEnginesAtOnceFireEachStepOnce() throws Exception {
		ControlledClock clock = new ControlledClock(Instant.parse("2003-05-01T08:00:00Z"));
		Viewer secretariat = fixtures.secretariat();
		List<UUID> sent = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			sent.add(hotlineAt(clock).activate(secretariat, urgent("Two engines " + i, "SO", "RU")).id());
		}
		Instant later = Instant.parse("2003-05-02T08:00:00Z");
		CyclicBarrier start = new CyclicBarrier(2);
		List<CompletableFuture<Integer>> ticks = new ArrayList<>();
		for (int node = 0; node < 2; node++) {
			ticks.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (Exception e) {
					throw new IllegalStateException(e);
				}
				int fired = 0;
				for (int tick = 0; tick < 5; tick++) {
					fired += engine.tick(later);
				}
				return fired;
			}));
		}
		int fired = ticks.stream().mapToInt(CompletableFuture::join).sum();
		assertThat(fired).isEqualTo(sent.size() * 3);
		for (UUID id : sent) {
			assertThat(jdbc.sql("SELECT step FROM hotline_escalation WHERE activation_id = :id ORDER BY step")
				.param("id", id).query(Integer.class).list()).containsExactly(0, 1, 2);
		}
	}

	@Test
	void namesAnActivationInTheAuditLogOnlyForWhoeverReadsIt() {
		Viewer tbilisi = fixtures.participant("GE");
		ActivationView sent = hotline.activate(tbilisi, urgent("Labelled subject", "SO"));
		String id = sent.id().toString();
		Function<Viewer, Map<String, Label>> labels =
				viewer -> this.labels.labels(HotlineLabels.ACTIVATION, Set.of(id), viewer, Locale.ENGLISH);
		assertThat(labels.apply(tbilisi).get(id).name()).isEqualTo("Labelled subject");
		assertThat(labels.apply(tbilisi).get(id).address()).isEqualTo("/mechanisms/ERG/hotline");
		assertThat(labels.apply(fixtures.participant("SO"))).as("confided to the operator").isEmpty();
		hotline.relay(fixtures.secretariat(), sent.id());
		assertThat(labels.apply(fixtures.participant("SO"))).containsKey(id);
		assertThat(labels.apply(fixtures.participant("AB"))).isEmpty();
		assertThat(labels.apply(fixtures.admin())).isEmpty();
	}

	@Autowired
	HotlineLabels labels;

	private int told(Viewer viewer, String key) {
		return jdbc.sql("SELECT COUNT(*) FROM notification WHERE account_id = :account AND message_key = :key")
			.param("account", viewer.accountId()).param("key", key).query(Integer.class).single();
	}
}
