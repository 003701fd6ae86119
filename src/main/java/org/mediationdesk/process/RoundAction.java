package org.mediationdesk.process;

/**
 * What the co-chairs may do with a round. The first five record where the round stands (its status, or its
 * confirmation by all participants) and are the actions of the status form and of {@code POST …/status}; the
 * others name the round's other forms, so that a round can say which of them apply to it
 * ({@link RoundView#availableActions()}).
 */
public enum RoundAction {
	AWAIT_CONFIRMATION(true), CONFIRM(true), MARK_HELD(true), SUSPEND(true), RECORD_COLLAPSE(true),
	POSTPONE(false), RECORD_OUTCOME(false), RECORD_DECISION(false), ADD_MEETING(false);

	private final boolean changesStatus;

	RoundAction(boolean changesStatus) {
		this.changesStatus = changesStatus;
	}

	/** Whether it is recorded through the status form: held, suspended, collapsed, or the confirmation. */
	public boolean changesStatus() {
		return changesStatus;
	}
}
