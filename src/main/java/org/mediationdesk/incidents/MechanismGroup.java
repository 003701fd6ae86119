package org.mediationdesk.incidents;

import java.util.UUID;

import org.springframework.data.annotation.PersistenceCreator;

/** A participant group whose security actors take part in a mechanism. */
record MechanismGroup(UUID groupId) {

	@PersistenceCreator
	MechanismGroup {
	}
}
