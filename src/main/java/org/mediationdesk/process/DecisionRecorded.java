package org.mediationdesk.process;

import java.time.LocalDate;

/** A decision of a round was recorded, such as the dates of the next one. */
public record DecisionRecorded(String actor, int number, DecisionStatus status, LocalDate decidedOn)
		implements RoundEvent {

	@Override
	public String action() {
		return AUDIT_PREFIX + "decision_recorded";
	}
}
