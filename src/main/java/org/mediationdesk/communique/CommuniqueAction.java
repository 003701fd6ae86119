package org.mediationdesk.communique;

/**
 * A step that applies to an edition of a communiqué now, for the viewer: what the page offers and the API lists
 * ({@code availableActions} of a {@link CommuniqueView}). The {@link Communique} decides which apply.
 */
public enum CommuniqueAction {
	/** Change a language version (which withdraws the approvals given). */
	EDIT,
	/** Approve the text as it stands, for the viewer's institution. */
	APPROVE,
	/** Share the draft with the participants. */
	SHARE,
	/** Publish now, with the three approvals. */
	PUBLISH,
	/** Set the time at which the publication job publishes it, with the three approvals. */
	EMBARGO,
	/** Open a correction of this published edition. */
	CORRECT,
	/** Confirm a Russian or Georgian version that is to be brought up to date as still rendering the English (a co-chair). */
	CONFIRM_VERSION,
	/** Withdraw a Russian or Georgian version that is to be brought up to date from this edition (a co-chair). */
	WITHDRAW_VERSION
}
