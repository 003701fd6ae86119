package org.mediationdesk.process;

/** Where a decision of a round stands. */
public enum DecisionStatus {
	AGREED, PENDING_CONFIRMATION, SUPERSEDED
}
