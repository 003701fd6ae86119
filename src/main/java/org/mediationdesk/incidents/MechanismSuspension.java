package org.mediationdesk.incidents;

import java.time.LocalDate;

import org.springframework.data.annotation.PersistenceCreator;

/** A period in which a mechanism did not meet: from, to (open while it lasts), why, and the source that says so. */
record MechanismSuspension(LocalDate suspendedOn, LocalDate resumedOn, String reason, String reasonRu, String reasonKa,
		String source) {

	@PersistenceCreator
	MechanismSuspension {
	}

	boolean open() {
		return resumedOn == null;
	}

	MechanismSuspension resumed(LocalDate on) {
		return new MechanismSuspension(suspendedOn, on, reason, reasonRu, reasonKa, source);
	}
}
