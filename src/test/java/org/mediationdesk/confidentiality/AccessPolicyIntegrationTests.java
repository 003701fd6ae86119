package org.mediationdesk.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.Institution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL predicate that lists and counts use selects exactly the rows that {@code maySee} allows, for every
 * kind of viewer, over many random audiences.
 */
@IntegrationTest
class AccessPolicyIntegrationTests {

	@Autowired
	AccessPolicy policy;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Fixtures fixtures;

	@Test
	void listPredicateAgreesWithDetailCheckForEveryViewer() {
		jdbc.sql("CREATE TABLE IF NOT EXISTS policy_probe (id UUID PRIMARY KEY, audience_kind VARCHAR(30),"
				+ " audience_group UUID)").update();
		jdbc.sql("DELETE FROM policy_probe").update();
		List<UUID> groups = List.of(fixtures.group("GE").id(), fixtures.group("RU").id(), fixtures.group("AB").id());
		Random random = new Random(20081015);
		Map<UUID, Audience> rows = new HashMap<>();
		for (int i = 0; i < 300; i++) {
			AudienceKind kind = AudienceKind.values()[random.nextInt(AudienceKind.values().length)];
			Audience audience = new Audience(kind, kind.namesGroup() ? groups.get(random.nextInt(groups.size())) : null);
			UUID id = UUID.randomUUID();
			rows.put(id, audience);
			jdbc.sql("INSERT INTO policy_probe VALUES (:id, :kind, :group)")
				.param("id", id)
				.param("kind", audience.kind().name())
				.param("group", audience.group())
				.update();
		}
		List<Viewer> viewers = new ArrayList<>(List.of(Viewer.anonymous(), fixtures.admin(), fixtures.secretariat(),
				fixtures.coChair(Institution.EU), fixtures.participant("GE"), fixtures.participant("RU"),
				fixtures.participant("US")));
		for (Viewer viewer : viewers) {
			SqlPredicate predicate = policy.visibleTo(viewer, "p");
			Set<UUID> selected = Set.copyOf(jdbc.sql("SELECT id FROM policy_probe p WHERE " + predicate.sql())
				.params(predicate.parameters())
				.query(UUID.class)
				.list());
			Set<UUID> allowed = rows.entrySet()
				.stream()
				.filter(row -> policy.maySee(viewer, row.getValue()))
				.map(Map.Entry::getKey)
				.collect(Collectors.toSet());
			assertThat(selected).as(viewer.username()).isEqualTo(allowed);
		}
		jdbc.sql("DROP TABLE policy_probe").update();
	}
}
