package org.mediationdesk.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The reference directory: the co-chairs of the three institutions and the groups, named neutrally. */
@IntegrationTest
class ParticipantDirectoryIntegrationTests {

	@Autowired
	ParticipantDirectory directory;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void logsAParticipantAddedByTheCoChairsWithTheGroupButNotTheName() {
		var secretariat = fixtures.secretariat();
		GroupView group = directory.groupByCode("GE").orElseThrow();
		ParticipantView added = directory.addParticipant(secretariat, group.id(), "Nino Example", "Adviser");

		var entry = jdbc.sql("SELECT action, actor, object_type, detail FROM audit_entry WHERE object_id = :id")
			.param("id", added.id().toString())
			.query()
			.singleRow();
		assertThat(java.util.List.of(entry.get("action"), entry.get("actor"), entry.get("object_type")))
			.containsExactly("participant.added", secretariat.username(), "participant");
		assertThat(String.valueOf(entry.get("detail"))).doesNotContain("Nino");
	}

	@Test
	void addsNoParticipantForAnyoneButTheCoChairs() {
		GroupView group = directory.groupByCode("GE").orElseThrow();
		assertThatExceptionOfType(DeskException.NotFound.class)
			.isThrownBy(() -> directory.addParticipant(fixtures.participant("GE"), group.id(), "Someone", ""));
	}

	@Test
	void holdsTheGroupsIncludingTheTbilisiBasedAdministrations() {
		assertThat(directory.allGroups()).extracting(GroupView::code)
			.containsExactly("GE", "RU", "US", "AB", "SO", "TB-AB", "TB-SO");
		assertThat(directory.groupByCode("AB").orElseThrow().label()).isEqualTo("participants from Sukhum(i)");
		assertThat(directory.groupByCode("SO").orElseThrow().label(LanguageCode.RU)).isEqualTo("участники из Цхинвал(и)");
	}

	@Test
	void namesNoGroupByAStatusClaim() {
		assertThat(directory.allGroups()).allSatisfy(group -> assertThat(group.label())
			.startsWith("participants from")
			.doesNotContainIgnoringCase("republic")
			.doesNotContainIgnoringCase("Tskhinvali region")
			.doesNotContainIgnoringCase("occupied")
			.doesNotContainIgnoringCase("delegation"));
	}

	@Test
	void holdsTheCoChairsOfTheThreeInstitutions() {
		assertThat(directory.representatives()).extracting(RepresentativeView::institution)
			.contains(Institution.EU, Institution.UN, Institution.OSCE);
	}
}
