package org.mediationdesk.process;

import java.time.LocalDate;
import org.springframework.data.annotation.PersistenceCreator;

/**
 * A date a round was planned for and did not keep: when it was announced, and why (in English, and in Russian
 * and Georgian where written).
 */
record Postponement(LocalDate plannedStart, LocalDate plannedEnd, LocalDate announced, String reason, String reasonRu,
		String reasonKa) {

	@PersistenceCreator
	Postponement {
	}

	Postponement(LocalDate plannedStart, LocalDate plannedEnd, LocalDate announced, String reason) {
		this(plannedStart, plannedEnd, announced, reason, null, null);
	}
}
