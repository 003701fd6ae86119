package org.mediationdesk.incidents;

import org.springframework.data.annotation.PersistenceCreator;

/** A joint visit agreed at a meeting: where, and what for (an incident to look at, a fence to see). */
public record JointVisit(String place, String purpose) {

	@PersistenceCreator
	public JointVisit {
	}
}
