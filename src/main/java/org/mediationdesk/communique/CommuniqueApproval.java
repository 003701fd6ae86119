package org.mediationdesk.communique;

import java.time.Instant;

import org.mediationdesk.shared.Institution;

/**
 * An institution's approval of a communiqué's text, part of the {@link Communique}: by whom, when, the SHA-256 of the
 * text approved, and {@code withdrawnAt} once an edit withdrew it (kept, so that those who had approved are told).
 */
record CommuniqueApproval(Institution institution, String approvedBy, Instant approvedAt, String textHash,
		Instant withdrawnAt) {

	boolean active() {
		return withdrawnAt == null;
	}
}
