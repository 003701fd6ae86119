package org.mediationdesk.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The formats module alone (with the modules it uses) publishes {@link ConditionStated} and
 * {@link ConditionWithdrawn}, confided to the group and the co-chairs and naming the condition's code, never what
 * it says; another group does not see the condition, nor can it withdraw it.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
		extraIncludes = { "shared", "identity" },
		webEnvironment = org.springframework.boot.test.context.SpringBootTest.WebEnvironment.NONE)
@ExtendWith(TestDatabase.class)
@ContextConfiguration(initializers = ModuleTestDatabase.class)
class ConditionEventsIntegrationTests {

	private static final Viewer CO_CHAIR = new Viewer(UUID.randomUUID(), "cc-formats", Role.CO_CHAIR, Institution.EU,
			null);

	@Autowired
	FormatConditions conditions;

	@Autowired
	ParticipantDirectory directory;

	private Viewer sukhumi;
	private Viewer tbilisi;

	@BeforeEach
	void loadsTheDirectory() {
		directory.loadReferenceDirectory();
		sukhumi = new Viewer(UUID.randomUUID(), "ab-formats", Role.PARTICIPANT, null,
				directory.groupByCode("AB").orElseThrow().id());
		tbilisi = new Viewer(UUID.randomUUID(), "ge-formats", Role.PARTICIPANT, null,
				directory.groupByCode("GE").orElseThrow().id());
	}

	/** A condition as a form sends it; the group is the one the co-chairs name, or the participant's own. */
	private static Scenario.Condition refusesVenue(String group, String venue) {
		return new Scenario.Condition(null, group, ConditionType.REFUSES_VENUE, null, null, null, null, null, null, null,
				null, venue);
	}

	@Test
	void publishesConditionStatedConfidedToTheGroupAndTheCoChairs(org.springframework.modulith.test.Scenario scenario) {
		scenario.stimulate(() -> conditions.state(sukhumi, refusesVenue("GE", "  Zugdidi  ")))
			.andWaitForEventOfType(ConditionStated.class)
			.matchingMappedValue(ConditionStated::groupId, sukhumi.groupId())
			.toArriveAndVerify((event, stated) -> {
				assertThat(stated.group()).as("a participant states their own group's conditions").isEqualTo("AB");
				assertThat(stated.venue()).isEqualTo("Zugdidi");
				assertThat(event.code()).isEqualTo(stated.id()).startsWith("ab-");
				assertThat(event.audience()).isEqualTo(Audience.groupAndCoChairs(sukhumi.groupId()));
				assertThat(event.action()).isEqualTo("format-condition.stated");
				assertThat(event.toString()).doesNotContain("Zugdidi", "REFUSES_VENUE");

				assertThat(conditions.visibleTo(CO_CHAIR)).extracting(Scenario.Condition::id).contains(stated.id());
				assertThat(conditions.visibleTo(sukhumi)).extracting(Scenario.Condition::id).contains(stated.id());
				assertThat(conditions.visibleTo(tbilisi)).extracting(Scenario.Condition::id).doesNotContain(stated.id());
				assertThat(conditions.visibleTo(Viewer.anonymous())).isEmpty();
			});
	}

	@Test
	void publishesConditionWithdrawnOnlyForWhoeverMaySeeTheCondition(
			org.springframework.modulith.test.Scenario scenario) {
		String code = conditions.state(CO_CHAIR, refusesVenue("AB", "Gali")).id();

		assertThatThrownBy(() -> conditions.withdraw(tbilisi, code)).as("another group's condition does not exist for them")
			.isInstanceOf(DeskException.NotFound.class);

		scenario.stimulate(() -> conditions.withdraw(sukhumi, code))
			.andWaitForEventOfType(ConditionWithdrawn.class)
			.matchingMappedValue(ConditionWithdrawn::code, code)
			.toArriveAndVerify(event -> {
				assertThat(event.actor()).isEqualTo("ab-formats");
				assertThat(event.audience()).isEqualTo(Audience.groupAndCoChairs(sukhumi.groupId()));
				assertThat(conditions.visibleTo(CO_CHAIR)).extracting(Scenario.Condition::id).doesNotContain(code);
			});
		assertThatThrownBy(() -> conditions.withdraw(sukhumi, code)).as("a withdrawn condition is withdrawn once")
			.isInstanceOf(DeskException.NotFound.class);
	}

	@Test
	void refusesAConditionForAGroupTheDirectoryDoesNotKnow() {
		assertThatThrownBy(() -> conditions.state(CO_CHAIR, refusesVenue("XX", "Gali")))
			.isInstanceOfSatisfying(DeskException.Invalid.class,
					refused -> assertThat(refused.code()).isEqualTo("formats.groupUnknown"));
		assertThatThrownBy(() -> conditions.state(Viewer.anonymous(), refusesVenue("AB", "Gali")))
			.isInstanceOf(DeskException.NotFound.class);
	}
}
