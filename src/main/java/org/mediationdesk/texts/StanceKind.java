package org.mediationdesk.texts;

/** A group's stance on an alternative. */
public enum StanceKind {
	ACCEPT, CAN_LIVE_WITH,
	/** Ad referendum: pending the capital. */
	RESERVE,
	REJECT;

	/** Whether the stance lets the alternative settle its provision. */
	public boolean settles() {
		return this == ACCEPT || this == CAN_LIVE_WITH;
	}
}
