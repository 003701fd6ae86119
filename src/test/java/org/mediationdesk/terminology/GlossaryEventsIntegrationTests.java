package org.mediationdesk.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mediationdesk.ModuleTestDatabase;
import org.mediationdesk.TestDatabase;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;

/**
 * The terminology module alone publishes {@link GlossaryChanged} for each change of the glossary, and the gate
 * that the other modules call judges mediators' text by the glossary as it stands after the change: a new blocker
 * is refused at once, a deleted one passes again, and a change that would break the glossary is refused whole.
 *
 * <p>{@code participants} is booted too, though this module does not use it: the test fixtures of the root package
 * open accounts through {@code identity}, whose accounts need a {@code GroupDirectory}, which the participants'
 * directory provides.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
		extraIncludes = { "shared", "identity", "participants" },
		webEnvironment = org.springframework.boot.test.context.SpringBootTest.WebEnvironment.NONE)
@ExtendWith(TestDatabase.class)
@ContextConfiguration(initializers = ModuleTestDatabase.class)
class GlossaryEventsIntegrationTests {

	@Autowired
	Glossary glossary;

	@Autowired
	TerminologyGate gate;

	/** A concept with a neutral form and one form that takes a side, in made-up words no other test uses. */
	private static GlossaryFile.ConceptEntry concept(String id, String neutral, String loaded) {
		return new GlossaryFile.ConceptEntry(id, "place", Map.of("en", neutral), List.of(
				new GlossaryFile.FormEntry(LanguageCode.EN, neutral, true, List.of(), Severity.OK, Map.of(), null),
				new GlossaryFile.FormEntry(LanguageCode.EN, loaded, false, List.of(Perspective.GE), Severity.BLOCKER,
						Map.of("en", "Names the place as one side does."), null)));
	}

	private static List<TerminologyGate.Passage> chapeau(String text) {
		return List.of(new TerminologyGate.Passage(TerminologyGate.Place.of("chapeau"), LanguageCode.EN, text));
	}

	@Test
	void publishesGlossaryChangedAndTheGateRefusesTheNewBlockerAtOnce(Scenario scenario) {
		String text = "The co-chairs visited Vornholm Province on Tuesday.";
		assertThatCode(() -> gate.requireNeutral(chapeau(text))).as("not yet in the glossary").doesNotThrowAnyException();

		scenario.stimulate(() -> glossary.save("cc-terminology", null, concept("vornholm", "Vornholm", "Vornholm Province")))
			.andWaitForEventOfType(GlossaryChanged.class)
			.matchingMappedValue(GlossaryChanged::concept, "vornholm")
			.toArriveAndVerify(event -> {
				assertThat(event.change()).isEqualTo("created");
				assertThat(event.action()).isEqualTo("glossary.created");
				assertThat(event.actor()).isEqualTo("cc-terminology");
			});

		assertThatThrownBy(() -> gate.requireNeutral(chapeau(text)))
			.isInstanceOfSatisfying(TerminologyGate.Refused.class, refused -> {
				assertThat(refused.code()).isEqualTo("terminology.gateRefused");
				assertThat(refused.blockers()).singleElement().satisfies(blocker -> {
					assertThat(blocker.place().part()).isEqualTo("chapeau");
					assertThat(blocker.finding().concept()).isEqualTo("vornholm");
					assertThat(blocker.finding().text()).isEqualTo("Vornholm Province");
					assertThat(blocker.finding().suggestion()).isEqualTo("Vornholm");
				});
			});
		assertThatCode(() -> gate.requireNeutral(chapeau("The co-chairs visited Vornholm on Tuesday.")))
			.as("the neutral form passes").doesNotThrowAnyException();
	}

	@Test
	void publishesGlossaryChangedWhenAConceptIsDeletedAndTheGateLetsItsFormsPassAgain(Scenario scenario) {
		glossary.save("cc-terminology", null, concept("quellmark", "Quellmark", "Quellmark Republic"));
		String text = "Talks on the Quellmark Republic resumed.";
		assertThatThrownBy(() -> gate.requireNeutral(chapeau(text))).isInstanceOf(TerminologyGate.Refused.class);

		scenario.stimulate(() -> glossary.delete("cc-terminology", "quellmark"))
			.andWaitForEventOfType(GlossaryChanged.class)
			.matching(event -> event.concept().equals("quellmark") && event.change().equals("deleted"))
			.toArriveAndVerify(event -> assertThat(event.action()).isEqualTo("glossary.deleted"));

		assertThatCode(() -> gate.requireNeutral(chapeau(text))).doesNotThrowAnyException();
		assertThat(glossary.concept("quellmark")).isEmpty();
	}

	@Test
	void refusesAChangeThatWouldBreakTheGlossaryAndPublishesNothing(AssertablePublishedEvents events) {
		GlossaryFile.ConceptEntry withoutNeutralForm = new GlossaryFile.ConceptEntry("strandvik", "place",
				Map.of("en", "Strandvik"), List.of(new GlossaryFile.FormEntry(LanguageCode.EN, "Strandvik Region", false,
						List.of(Perspective.RU), Severity.BLOCKER, Map.of("en", "One side's name."), null)));

		assertThatThrownBy(() -> glossary.save("cc-terminology", null, withoutNeutralForm))
			.isInstanceOfSatisfying(GlossaryRejected.class,
					rejected -> assertThat(String.join("\n", rejected.problems())).contains("no neutral form in [EN]"));
		assertThat(glossary.concept("strandvik")).isEmpty();
		assertThat(events.ofType(GlossaryChanged.class)).isEmpty();
	}
}
