package org.mediationdesk.commitments;

/** What a list of commitments is narrowed to: a status, a participant group (by code), a round that discussed it. */
public record CommitmentFilter(CommitmentStatus status, String group, Integer round) {

	public static CommitmentFilter none() {
		return new CommitmentFilter(null, null, null);
	}
}
