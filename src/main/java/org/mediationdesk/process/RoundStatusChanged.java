package org.mediationdesk.process;

/**
 * The co-chairs recorded where a round stands: held, suspended, collapsed, or its dates awaiting or having the
 * confirmation of all participants.
 *
 * @param change what was recorded
 * @param status the round's status after it
 * @param pendingConfirmation whether the round's dates await confirmation after it
 * @param reason the public reason given, {@code null} if none
 */
public record RoundStatusChanged(String actor, int number, RoundAction change, RoundStatus status,
		boolean pendingConfirmation, String reason) implements RoundEvent {

	/** The audit log's names for these changes, as they have been written since the first entries. */
	@Override
	public String action() {
		return switch (change) {
			case MARK_HELD -> "round.held";
			case SUSPEND -> "round.suspended";
			case RECORD_COLLAPSE -> "round.collapsed";
			case AWAIT_CONFIRMATION, CONFIRM -> "round.confirmation_changed";
		};
	}

	@Override
	public String detail() {
		return reason == null ? "" : reason;
	}
}
