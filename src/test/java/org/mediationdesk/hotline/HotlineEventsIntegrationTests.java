package org.mediationdesk.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mediationdesk.ModuleTestDatabase;
import org.mediationdesk.TestDatabase;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.hotline.HotlineEvent.ActivationAcknowledged;
import org.mediationdesk.hotline.HotlineEvent.ActivationAnswered;
import org.mediationdesk.hotline.HotlineEvent.ActivationEscalated;
import org.mediationdesk.hotline.HotlineEvent.ActivationRelayed;
import org.mediationdesk.hotline.HotlineEvent.ActivationSent;
import org.mediationdesk.hotline.HotlineEvent.EscalationChainChanged;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.incidents.Mechanisms;
import org.mediationdesk.incidents.NewMechanism;
import org.mediationdesk.incidents.Rhythm;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.Localized;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;

/**
 * The hotline module with what it uses, on a fresh database: each step publishes its event, for the co-chairs in
 * the audit log, naming who and which step and never what was said.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = { "shared", "identity" },
		webEnvironment = org.springframework.boot.test.context.SpringBootTest.WebEnvironment.NONE)
@ExtendWith(TestDatabase.class)
@ContextConfiguration(initializers = ModuleTestDatabase.class)
class HotlineEventsIntegrationTests {

	private static final Viewer DESK = new Viewer(UUID.randomUUID(), "secretariat-hotline", Role.SECRETARIAT, null, null);

	@Autowired
	Hotline hotline;

	@Autowired
	EscalationEngine engine;

	@Autowired
	Mechanisms mechanisms;

	@Autowired
	ParticipantDirectory directory;

	private Viewer tbilisi;
	private Viewer tskhinvali;

	@BeforeEach
	void registersAMechanism() {
		directory.loadReferenceDirectory();
		tbilisi = participant("GE");
		tskhinvali = participant("SO");
		if (mechanisms.list(DESK).stream().noneMatch(m -> m.code().equals("HOTL"))) {
			mechanisms.register(DESK, new NewMechanism("HOTL", Localized.english("Hotline test"),
					Localized.english("The test line"), List.of(Institution.EU, Institution.OSCE),
					List.of(tbilisi.groupId(), tskhinvali.groupId()), Localized.english("The monitors"), Rhythm.MONTHLY));
		}
	}

	private Viewer participant(String group) {
		return new Viewer(UUID.randomUUID(), "hotline-" + group, Role.PARTICIPANT, null,
				directory.groupByCode(group).orElseThrow().id());
	}

	private ActivationView send() {
		return hotline.activate(tbilisi, new NewActivation("HOTL", List.of("SO"), Urgency.URGENT, "Detention",
				"A resident was detained near the line.", null, null, null));
	}

	@Test
	void publishesActivationSentForTheCoChairsWithoutItsWords(Scenario scenario) {
		scenario.stimulate(this::send)
			.andWaitForEventOfType(ActivationSent.class)
			.toArriveAndVerify((event, view) -> {
				assertThat(event.activation()).isEqualTo(view.id());
				assertThat(event.sender()).isEqualTo(SenderKind.GROUP);
				assertThat(event.audience()).isEqualTo(Audience.coChairs());
				assertThat(event.detail()).doesNotContain("Detention", "resident");
			});
	}

	@Test
	void publishesTheRelayTheAcknowledgementAndTheResponse(Scenario scenario) {
		ActivationView sent = send();
		scenario.stimulate(() -> hotline.relay(DESK, sent.id()))
			.andWaitForEventOfType(ActivationRelayed.class)
			.toArriveAndVerify(event -> assertThat(event.activation()).isEqualTo(sent.id()));
		scenario.stimulate(() -> hotline.acknowledge(tskhinvali, sent.id()))
			.andWaitForEventOfType(ActivationAcknowledged.class)
			.toArriveAndVerify(event -> {
				assertThat(event.group()).isEqualTo(tskhinvali.groupId());
				assertThat(event.late()).isFalse();
			});
		scenario.stimulate(() -> hotline.respond(tskhinvali, sent.id(), "The person was released."))
			.andWaitForEventOfType(ActivationAnswered.class)
			.toArriveAndVerify(event -> assertThat(event.detail()).doesNotContain("released"));
	}

	@Test
	void publishesAnEscalationOncePerStep(Scenario scenario) {
		ActivationView sent = send();
		scenario.stimulate(() -> engine.tick(sent.acknowledgeBy().plus(Duration.ofMinutes(1))))
			.andWaitForEventOfType(ActivationEscalated.class)
			.matchingMappedValue(ActivationEscalated::activation, sent.id())
			.toArriveAndVerify(event -> {
				assertThat(event.step()).isEqualTo(1);
				assertThat(event.target()).isEqualTo(EscalationTarget.SUPERVISORS);
				assertThat(event.facilitators()).containsExactly(Institution.EU, Institution.OSCE);
			});
	}

	@Test
	void publishesAChangedChain(Scenario scenario) {
		scenario.stimulate(() -> hotline.replaceChain(DESK, "HOTL", List.of(
				new EscalationStep(Duration.ZERO, EscalationTarget.SUPERVISORS, List.of("duty-supervisor")),
				new EscalationStep(Duration.ofMinutes(10), EscalationTarget.NOBODY_ANSWERED, List.of()))))
			.andWaitForEventOfType(EscalationChainChanged.class)
			.toArriveAndVerify((event, chain) -> {
				assertThat(chain).hasSize(2);
				assertThat(chain.get(0).accounts()).containsExactly("duty-supervisor");
				assertThat(event.detail()).as("the audit log's detail: the new chain in short")
					.isEqualTo("0 SUPERVISORS, 10 NOBODY_ANSWERED");
			});
	}
}
