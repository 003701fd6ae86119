package org.mediationdesk.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mediationdesk.ModuleTestDatabase;
import org.mediationdesk.TestDatabase;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.shared.Institution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The confidentiality module alone (with the participants' directory it uses): the one policy gives each viewer
 * the audiences they may assign among the directory's groups, and its SQL predicate selects, on this run's
 * database, exactly the rows that the policy lets each viewer see.
 *
 * <p>{@code participants} is named here although this module's policy does not inject it (so it is not booted of
 * itself): the test fixtures of the root package open accounts through {@code identity}, whose accounts need a
 * {@code GroupDirectory}, which the participants' directory provides.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
		extraIncludes = { "shared", "identity", "participants" },
		webEnvironment = org.springframework.boot.test.context.SpringBootTest.WebEnvironment.NONE)
@ExtendWith(TestDatabase.class)
@ContextConfiguration(initializers = ModuleTestDatabase.class)
class AccessPolicyModuleIntegrationTests {

	@Autowired
	AccessPolicy policy;

	@Autowired
	ParticipantDirectory directory;

	@Autowired
	JdbcClient jdbc;

	private UUID tbilisi;
	private UUID moscow;

	@BeforeEach
	void loadsTheDirectory() {
		directory.loadReferenceDirectory();
		tbilisi = directory.groupByCode("GE").orElseThrow().id();
		moscow = directory.groupByCode("RU").orElseThrow().id();
	}

	private List<UUID> groups() {
		return directory.allGroups().stream().map(GroupView::id).toList();
	}

	@Test
	void letsAParticipantAssignOnlyTheirOwnGroupsAudiencesAndAllParticipants() {
		Viewer participant = new Viewer(UUID.randomUUID(), "ge-policy", Role.PARTICIPANT, null, tbilisi);

		assertThat(policy.assignable(participant, groups())).containsExactly(Audience.allParticipants(),
				Audience.groupAndCoChairs(tbilisi), Audience.groupOnly(tbilisi));
		assertThat(policy.narrowestAssignable(participant)).isEqualTo(Audience.groupOnly(tbilisi));
	}

	@Test
	void letsTheCoChairsAssignEveryAudienceButAGroupsPrivateSpace() {
		Viewer coChair = new Viewer(UUID.randomUUID(), "cc-policy", Role.CO_CHAIR, Institution.EU, null);

		List<Audience> assignable = policy.assignable(coChair, groups());

		assertThat(assignable).contains(Audience.everyone(), Audience.allParticipants(), Audience.coChairs(),
				Audience.groupAndCoChairs(tbilisi), Audience.groupAndCoChairs(moscow));
		assertThat(assignable).hasSize(3 + groups().size());
		assertThat(assignable).noneMatch(audience -> audience.kind() == AudienceKind.GROUP_ONLY);
		assertThat(policy.narrowestAssignable(coChair)).isEqualTo(Audience.coChairs());
		assertThat(policy.assignable(Viewer.anonymous(), groups())).isEmpty();
	}

	@Test
	void listPredicateSelectsExactlyWhatEachViewerMaySee() {
		jdbc.sql("CREATE TABLE IF NOT EXISTS module_policy_probe (id UUID PRIMARY KEY, audience_kind VARCHAR(30),"
				+ " audience_group UUID)").update();
		jdbc.sql("DELETE FROM module_policy_probe").update();
		Map<UUID, Audience> rows = new LinkedHashMap<>();
		for (AudienceKind kind : AudienceKind.values()) {
			for (UUID group : kind.namesGroup() ? List.of(tbilisi, moscow) : java.util.Collections.<UUID>singletonList(null)) {
				UUID id = UUID.randomUUID();
				rows.put(id, new Audience(kind, group));
				jdbc.sql("INSERT INTO module_policy_probe VALUES (:id, :kind, :group)")
					.param("id", id)
					.param("kind", kind.name())
					.param("group", group)
					.update();
			}
		}
		List<Viewer> viewers = new ArrayList<>(List.of(Viewer.anonymous(),
				new Viewer(UUID.randomUUID(), "admin-policy", Role.ADMIN, null, null),
				new Viewer(UUID.randomUUID(), "secretariat-policy", Role.SECRETARIAT, null, null),
				new Viewer(UUID.randomUUID(), "cc-policy", Role.CO_CHAIR, Institution.UN, null),
				new Viewer(UUID.randomUUID(), "ge-policy", Role.PARTICIPANT, null, tbilisi),
				new Viewer(UUID.randomUUID(), "ru-policy", Role.PARTICIPANT, null, moscow)));
		for (Viewer viewer : viewers) {
			SqlPredicate visible = policy.visibleTo(viewer, "p");
			Set<UUID> selected = new HashSet<>(jdbc.sql("SELECT p.id FROM module_policy_probe p WHERE " + visible.sql())
				.params(visible.parameters())
				.query(UUID.class)
				.list());
			Set<UUID> allowed = new HashSet<>();
			rows.forEach((id, audience) -> {
				if (policy.maySee(viewer, audience)) {
					allowed.add(id);
				}
			});
			assertThat(selected).as(viewer.username()).isEqualTo(allowed);
		}
		// the table above names each case once: a participant sees their own group's two kinds, not the other's
		Viewer georgia = viewers.get(4);
		assertThat(rows.values().stream().filter(audience -> policy.maySee(georgia, audience)))
			.containsExactlyInAnyOrder(Audience.everyone(), Audience.allParticipants(), Audience.groupAndCoChairs(tbilisi),
					Audience.groupOnly(tbilisi));
	}
}
