package org.mediationdesk.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mediationdesk.ModuleTestDatabase;
import org.mediationdesk.TestDatabase;
import org.mediationdesk.identity.GroupDirectory;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The participants module alone (with {@code shared} and {@code identity}, the modules it uses): the directory
 * loads the reference groups once, gives identity its groups through {@link GroupDirectory}, and lets only the
 * co-chairs and secretariat add participants, whose names only those in the talks read.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
		extraIncludes = { "shared", "identity" },
		webEnvironment = org.springframework.boot.test.context.SpringBootTest.WebEnvironment.NONE)
@ExtendWith(TestDatabase.class)
@ContextConfiguration(initializers = ModuleTestDatabase.class)
class ParticipantDirectoryModuleIntegrationTests {

	private static final Viewer SECRETARIAT = new Viewer(UUID.randomUUID(), "secretariat-participants",
			Role.SECRETARIAT, null, null);

	private static final Viewer CO_CHAIR = new Viewer(UUID.randomUUID(), "cc-participants", Role.CO_CHAIR,
			Institution.OSCE, null);

	@Autowired
	ParticipantDirectory directory;

	@Autowired
	GroupDirectory groups;

	private GroupView sukhumi;

	@BeforeEach
	void loadsTheReferenceDirectory() {
		directory.loadReferenceDirectory();
		sukhumi = directory.groupByCode("AB").orElseThrow();
	}

	@Test
	void loadsTheReferenceDirectoryOnlyOnceAndOffersItsGroupsToIdentity() {
		assertThat(directory.loadReferenceDirectory()).as("the groups are there already").isFalse();

		assertThat(directory.allGroups()).extracting(GroupView::code)
			.containsExactly("GE", "RU", "US", "AB", "SO", "TB-AB", "TB-SO");
		assertThat(groups.groups()).extracting(GroupDirectory.GroupOption::code)
			.containsExactly("GE", "RU", "US", "AB", "SO", "TB-AB", "TB-SO");
		assertThat(groups.groups()).filteredOn(option -> option.code().equals("AB"))
			.singleElement()
			.satisfies(option -> {
				assertThat(option.id()).isEqualTo(sukhumi.id());
				assertThat(option.label()).isEqualTo("participants from Sukhum(i)");
			});
		assertThat(directory.representatives()).extracting(RepresentativeView::institution)
			.contains(Institution.EU, Institution.UN, Institution.OSCE);
	}

	@Test
	void letsOnlyTheCoChairsAndSecretariatAddAParticipant() {
		Viewer participant = new Viewer(UUID.randomUUID(), "ab-participants", Role.PARTICIPANT, null, sukhumi.id());

		assertThatThrownBy(() -> directory.addParticipant(participant, sukhumi.id(), "Someone", "Adviser"))
			.isInstanceOf(DeskException.NotFound.class);
		assertThatThrownBy(() -> directory.addParticipant(Viewer.anonymous(), sukhumi.id(), "Someone", "Adviser"))
			.isInstanceOf(DeskException.NotFound.class);

		ParticipantView added = directory.addParticipant(SECRETARIAT, sukhumi.id(), "  Astamur \u202EExample  ",
				" Adviser ");

		assertThat(added.name()).as("kept on one line, without direction controls, trimmed")
			.isEqualTo("Astamur Example");
		assertThat(added.function()).isEqualTo("Adviser");
		assertThat(added.groupId()).isEqualTo(sukhumi.id());
		assertThat(directory.participants(participant, sukhumi.id())).extracting(ParticipantView::id)
			.contains(added.id());
		assertThat(directory.participants(CO_CHAIR, sukhumi.id())).extracting(ParticipantView::id).contains(added.id());
		assertThat(directory.participants(Viewer.anonymous(), sukhumi.id())).as("names are not public").isEmpty();
	}

	@Test
	void refusesAParticipantWithoutANameOrOfAnUnknownGroup() {
		assertThatThrownBy(() -> directory.addParticipant(SECRETARIAT, UUID.randomUUID(), "Someone", null))
			.isInstanceOfSatisfying(DeskException.Invalid.class,
					refused -> assertThat(refused.code()).isEqualTo("participant.groupUnknown"));
		assertThatThrownBy(() -> directory.addParticipant(SECRETARIAT, sukhumi.id(), "   ", "Adviser"))
			.isInstanceOfSatisfying(DeskException.Invalid.class,
					refused -> assertThat(refused.code()).isEqualTo("participant.fieldsInvalid"));
		assertThatThrownBy(() -> directory.addParticipant(SECRETARIAT, sukhumi.id(), "x".repeat(121), null))
			.isInstanceOfSatisfying(DeskException.Invalid.class,
					refused -> assertThat(refused.code()).isEqualTo("participant.fieldsInvalid"));
	}
}
