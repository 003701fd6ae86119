package org.mediationdesk.commitments;

import java.util.List;

/**
 * A round's commitments as a viewer sees them: {@code moved}, those the round discussed; {@code carried}, those
 * open as it came (pending confirmations first), each with the rounds that carried it.
 */
public record RoundCommitments(int round, List<CommitmentView> moved, List<CommitmentView> carried) {

	public boolean isEmpty() {
		return moved.isEmpty() && carried.isEmpty();
	}
}
