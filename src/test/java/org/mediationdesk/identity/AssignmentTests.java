package org.mediationdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.shared.Institution;

class AssignmentTests {

	@Test
	void requiresInstitutionForCoChair() {
		assertThatThrownBy(() -> new Assignment(Role.CO_CHAIR, null, null)).hasMessage("account.institutionRequired");
	}

	@Test
	void requiresGroupForParticipant() {
		assertThatThrownBy(() -> new Assignment(Role.PARTICIPANT, null, null)).hasMessage("account.groupRequired");
	}

	@Test
	void dropsGroupAndInstitutionFromRolesThatHaveNone() {
		Assignment secretariat = new Assignment(Role.SECRETARIAT, Institution.UN, UUID.randomUUID());
		assertThat(secretariat.institution()).isNull();
		assertThat(secretariat.groupId()).isNull();
	}
}
