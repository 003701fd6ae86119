package org.mediationdesk.participants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.beans.factory.annotation.Autowired;

/** The reference directory: the co-chairs of the three institutions and the groups, named neutrally. */
@IntegrationTest
class ParticipantDirectoryIntegrationTests {

	@Autowired
	ParticipantDirectory directory;

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
