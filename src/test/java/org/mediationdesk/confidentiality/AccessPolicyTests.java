package org.mediationdesk.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.Institution;

class AccessPolicyTests {

	private final AccessPolicy policy = new AccessPolicy();
	private final UUID groupA = UUID.randomUUID();
	private final UUID groupB = UUID.randomUUID();
	private final Viewer anonymous = Viewer.anonymous();
	private final Viewer participantA = new Viewer(UUID.randomUUID(), "a", Role.PARTICIPANT, null, groupA);
	private final Viewer participantB = new Viewer(UUID.randomUUID(), "b", Role.PARTICIPANT, null, groupB);
	private final Viewer coChair = new Viewer(UUID.randomUUID(), "c", Role.CO_CHAIR, Institution.OSCE, null);
	private final Viewer secretariat = new Viewer(UUID.randomUUID(), "s", Role.SECRETARIAT, null, null);
	private final Viewer admin = new Viewer(UUID.randomUUID(), "x", Role.ADMIN, null, null);

	@Test
	void showsACircleToItsGroupsAndTheCoChairsAndSecretariatOnly() {
		Circle circle = new Circle(Set.of(groupA, UUID.randomUUID()));
		assertThat(List.of(anonymous, participantA, participantB, coChair, secretariat, admin).stream()
			.filter(viewer -> policy.maySee(viewer, circle))
			.toList()).containsExactly(participantA, coChair, secretariat);
		assertThat(policy.maySee(participantA, new Circle(null))).as("an empty circle holds no group").isFalse();
		assertThat(policy.maySee(coChair, new Circle(null))).isTrue();
	}

	@Test
	void showsPublicToEveryone() {
		for (Viewer viewer : List.of(anonymous, participantA, participantB, coChair, secretariat, admin)) {
			assertThat(policy.maySee(viewer, Audience.everyone())).as(viewer.username()).isTrue();
		}
	}

	@Test
	void showsAllParticipantsToParticipantsAndMediatorsOnly() {
		assertThat(visibleTo(Audience.allParticipants())).containsExactly(participantA, participantB, coChair, secretariat);
	}

	@Test
	void showsCoChairsOnlyToMediators() {
		assertThat(visibleTo(Audience.coChairs())).containsExactly(coChair, secretariat);
	}

	@Test
	void showsGroupAndCoChairsToThatGroupAndMediators() {
		assertThat(visibleTo(Audience.groupAndCoChairs(groupA))).containsExactly(participantA, coChair, secretariat);
	}

	@Test
	void hidesGroupOnlyFromCoChairsAdministratorsAndOtherGroups() {
		assertThat(visibleTo(Audience.groupOnly(groupA))).containsExactly(participantA);
	}

	@Test
	void letsParticipantsFileForOwnGroupAndAllParticipantsOnly() {
		assertThat(policy.mayAssign(participantA, Audience.groupOnly(groupA))).isTrue();
		assertThat(policy.mayAssign(participantA, Audience.groupAndCoChairs(groupA))).isTrue();
		assertThat(policy.mayAssign(participantA, Audience.allParticipants())).isTrue();
		assertThat(policy.mayAssign(participantA, Audience.groupOnly(groupB))).isFalse();
		assertThat(policy.mayAssign(participantA, Audience.everyone())).isFalse();
		assertThat(policy.mayAssign(participantA, Audience.coChairs())).isFalse();
	}

	@Test
	void letsMediatorsAssignAnythingButAGroupsPrivateSpace() {
		assertThat(policy.assignable(coChair, List.of(groupA, groupB))).hasSize(5)
			.doesNotContain(Audience.groupOnly(groupA), Audience.groupOnly(groupB));
		assertThat(policy.assignable(admin, List.of(groupA))).isEmpty();
		assertThat(policy.assignable(anonymous, List.of(groupA))).isEmpty();
	}

	@Test
	void rejectsTableAliasThatCouldInjectSql() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> policy.visibleTo(coChair, "d; DROP TABLE x"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void readsAndWritesAudienceKeys() {
		Audience audience = Audience.groupAndCoChairs(groupA);
		assertThat(Audience.parse(audience.key())).isEqualTo(audience);
		assertThat(Audience.parse("PUBLIC")).isEqualTo(Audience.everyone());
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> Audience.parse("GROUP_ONLY"))
			.hasMessage("audience.groupRequired");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> Audience.parse("SECRET"))
			.hasMessage("audience.unknown");
	}

	private List<Viewer> visibleTo(Audience audience) {
		return List.of(anonymous, participantA, participantB, coChair, secretariat, admin)
			.stream()
			.filter(viewer -> policy.maySee(viewer, audience))
			.toList();
	}
}
