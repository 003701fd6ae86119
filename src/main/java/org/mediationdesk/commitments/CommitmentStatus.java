package org.mediationdesk.commitments;

/** The status a commitment left a round with. Fulfilled and withdrawn close it; every other leaves it open. */
public enum CommitmentStatus {
	RAISED, AGREED, AGREED_PENDING_CONFIRMATION, IN_PROGRESS, STALLED, FULFILLED, WITHDRAWN;

	/** Whether a commitment with this status is still open: neither fulfilled nor withdrawn. */
	public boolean open() {
		return this != FULFILLED && this != WITHDRAWN;
	}

	/** Whether the status awaits a side's confirmation. */
	public boolean pendingConfirmation() {
		return this == AGREED_PENDING_CONFIRMATION;
	}
}
