package org.mediationdesk.texts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mediationdesk.ModuleTestDatabase;
import org.mediationdesk.TestDatabase;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.terminology.Glossary;
import org.mediationdesk.terminology.TerminologyGate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;

/**
 * The texts module alone (with the modules it uses) tells what happens to a text: one past-tense event per
 * change, with the audience of what it concerns, and of a stance only which group stated.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
		extraIncludes = { "shared", "identity" },
		webEnvironment = org.springframework.boot.test.context.SpringBootTest.WebEnvironment.NONE)
@ExtendWith(TestDatabase.class)
@ContextConfiguration(initializers = ModuleTestDatabase.class)
class TextEventsIntegrationTests {

	private static final Viewer CO_CHAIR = new Viewer(UUID.randomUUID(), "cc-texts", Role.CO_CHAIR, Institution.EU, null);

	@Autowired
	NegotiatingTexts texts;

	@Autowired
	ParticipantDirectory directory;

	@Autowired
	Glossary glossary;

	private Viewer tbilisi;
	private Viewer moscow;
	private UUID text;
	private String provision;

	@BeforeEach
	void opensAText() {
		directory.loadReferenceDirectory();
		glossary.loadReference();
		tbilisi = new Viewer(UUID.randomUUID(), "ge-texts", Role.PARTICIPANT, null, directory.groupByCode("GE").orElseThrow().id());
		moscow = new Viewer(UUID.randomUUID(), "ru-texts", Role.PARTICIPANT, null, directory.groupByCode("RU").orElseThrow().id());
		text = texts.create(CO_CHAIR, new NegotiatingTexts.NewText("GID/EVENTS/" + UUID.randomUUID().toString().substring(0, 8),
				"Statement on crossings", null, null, Audience.allParticipants(), List.of("GE", "RU"))).id();
		texts.share(CO_CHAIR, text, null);
		provision = texts.addProvision(CO_CHAIR, text);
	}

	@Test
	void publishesTextCreatedForTheCoChairsAloneWhileTheTextIsTheirPrivateDraft(Scenario scenario) {
		scenario.stimulate(() -> texts.create(CO_CHAIR, new NegotiatingTexts.NewText("GID/EVENTS/NEW/"
				+ UUID.randomUUID().toString().substring(0, 8), "Another statement", null, null, Audience.allParticipants(),
				List.of("GE"))))
			.andWaitForEventOfType(TextEvent.TextCreated.class)
			.matching(event -> event.symbol().startsWith("GID/EVENTS/NEW/"))
			.toArriveAndVerify((event, created) -> {
				assertThat(event.textId()).isEqualTo(created.id());
				assertThat(event.side()).isEqualTo(NegotiatingTexts.CO_CHAIRS);
				assertThat(event.action()).isEqualTo("text.created");
				assertThat(event.audience()).as("a private draft's events are the co-chairs' alone").isEqualTo(Audience.coChairs());
			});
	}

	@Test
	void publishesTextSharedForTheAudienceItIsSharedWith(Scenario scenario) {
		UUID draft = texts.create(CO_CHAIR, new NegotiatingTexts.NewText("GID/EVENTS/SHARED/"
				+ UUID.randomUUID().toString().substring(0, 8), "A shared statement", null, null, Audience.coChairs(), null)).id();
		scenario.stimulate(() -> texts.share(CO_CHAIR, draft, new NegotiatingTexts.Sharing(Audience.allParticipants(),
				List.of("GE", "RU"))))
			.andWaitForEventOfType(TextEvent.TextShared.class)
			.matching(event -> event.textId().equals(draft))
			.toArriveAndVerify(event -> {
				assertThat(event.action()).isEqualTo("text.shared");
				assertThat(event.audience()).isEqualTo(Audience.allParticipants());
			});
	}

	@Test
	void publishesWordingProposedInConfidenceForItsSponsorAndTheCoChairsOnly(Scenario scenario) {
		scenario.stimulate(() -> texts.propose(tbilisi, text, provision,
				new NegotiatingTexts.NewWording("Crossings [stay] open.", null, null, true)))
			.andWaitForEventOfType(TextEvent.WordingProposed.class)
			.matching(event -> event.textId().equals(text))
			.toArriveAndVerify((event, wording) -> {
				assertThat(event.wording()).isEqualTo(wording);
				assertThat(event.provision()).isEqualTo(provision);
				assertThat(event.sponsor()).isEqualTo("GE");
				assertThat(event.inConfidence()).isTrue();
				assertThat(event.audience()).isEqualTo(Audience.groupAndCoChairs(tbilisi.groupId()));
			});
	}

	@Test
	void publishesWordingTabledWhenTheCoChairsShareItWithAll(Scenario scenario) {
		UUID wording = texts.propose(tbilisi, text, provision, new NegotiatingTexts.NewWording("Words.", null, null, true));
		scenario.stimulate(() -> texts.table(CO_CHAIR, text, wording))
			.andWaitForEventOfType(TextEvent.WordingTabled.class)
			.matching(event -> event.wording().equals(wording))
			.toArriveAndVerify(event -> {
				assertThat(event.sponsor()).isEqualTo("GE");
				assertThat(event.audience()).isEqualTo(Audience.allParticipants());
			});
	}

	@Test
	void publishesStanceStatedWithTheGroupButNeverTheStanceOrTheWording(Scenario scenario) {
		UUID wording = texts.propose(CO_CHAIR, text, provision, new NegotiatingTexts.NewWording("Words.", null, null, false));
		scenario.stimulate(() -> texts.state(moscow, text, wording, StanceKind.REJECT, "not acceptable to the capital"))
			.andWaitForEventOfType(TextEvent.StanceStated.class)
			.matching(event -> event.textId().equals(text))
			.toArriveAndVerify(event -> {
				assertThat(event.group()).isEqualTo("RU");
				assertThat(event.provision()).isNull();
				assertThat(event.audience()).isEqualTo(Audience.groupAndCoChairs(moscow.groupId()));
				assertThat(event.toString()).doesNotContain("REJECT", "capital", wording.toString());
			});
	}

	@Test
	void publishesStancesRevealedTextCirculatedAndTextAgreed(Scenario scenario) {
		UUID wording = texts.propose(CO_CHAIR, text, provision, new NegotiatingTexts.NewWording("Words.", null, null, false));
		scenario.stimulate(() -> texts.circulate(CO_CHAIR, text))
			.andWaitForEventOfType(TextEvent.TextCirculated.class)
			.matching(event -> event.textId().equals(text))
			.toArriveAndVerify(event -> assertThat(event.revision()).isEqualTo(1));
		scenario.stimulate(() -> texts.reveal(CO_CHAIR, text))
			.andWaitForEventOfType(TextEvent.StancesRevealed.class)
			.matching(event -> event.textId().equals(text))
			.toArrive();
		texts.state(tbilisi, text, wording, StanceKind.ACCEPT, null);
		texts.state(moscow, text, wording, StanceKind.CAN_LIVE_WITH, null);
		texts.freeze(CO_CHAIR, text, true);
		scenario.stimulate(() -> texts.agree(CO_CHAIR, text))
			.andWaitForEventOfType(TextEvent.TextAgreed.class)
			.matching(event -> event.textId().equals(text))
			.toArriveAndVerify(event -> {
				assertThat(event.adReferendum()).isTrue();
				assertThat(event.action()).isEqualTo("text.agreed-ad-referendum");
			});
	}

	@Test
	void publishesNoCirculationThatTheGateRefuses(AssertablePublishedEvents events) {
		texts.propose(CO_CHAIR, text, provision, new NegotiatingTexts.NewWording("Patrols along the occupation line stop.",
				null, null, false));
		assertThatThrownBy(() -> texts.circulate(CO_CHAIR, text)).isInstanceOf(TerminologyGate.Refused.class);
		assertThat(events).contains(TextEvent.WordingProposed.class).matching(event -> event.textId().equals(text));
		assertThat(events.ofType(TextEvent.TextCirculated.class)).isEmpty();
	}
}
