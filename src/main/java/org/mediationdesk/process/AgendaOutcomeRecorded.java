package org.mediationdesk.process;

/** What became of a standing agenda item in a round was recorded (replacing an earlier record for it). */
public record AgendaOutcomeRecorded(String actor, int number, String itemCode, AgendaOutcomeKind outcome)
		implements RoundEvent {

	@Override
	public String action() {
		return AUDIT_PREFIX + "outcome_recorded";
	}

	@Override
	public String detail() {
		return itemCode + " " + outcome;
	}
}
