package org.mediationdesk.commitments;

/** What may be done with a commitment now; the commitment says which apply. */
public enum CommitmentAction {
	RECORD_PROGRESS, GIVE_READING
}
