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

	public RoundStatusChanged {
		if (!change.changesStatus()) {
			throw new IllegalArgumentException(change + " does not change a round's status");
		}
	}

	/** The audit log's names for these changes, as they have been written since the first entries. */
	@Override
	public String action() {
		return switch (change) {
			case MARK_HELD -> AUDIT_PREFIX + "held";
			case SUSPEND -> AUDIT_PREFIX + "suspended";
			case RECORD_COLLAPSE -> AUDIT_PREFIX + "collapsed";
			case AWAIT_CONFIRMATION, CONFIRM -> AUDIT_PREFIX + "confirmation_changed";
			default -> throw new IllegalStateException(change + " does not change a round's status");
		};
	}

	@Override
	public String detail() {
		return reason == null ? "" : reason;
	}
}
