package org.mediationdesk.incidents;

/** How a mechanism's meeting ended; a meeting without one is still to be held. */
public enum MeetingOutcome {
	HELD, HELD_IN_PART,
	/** It met but could not be concluded, over its agenda (Gali 57th, Ergneti 89th). */
	NOT_CONCLUDED,
	POSTPONED, NOT_HELD;

	/** Whether the meeting met at all. */
	public boolean met() {
		return this == HELD || this == HELD_IN_PART || this == NOT_CONCLUDED;
	}
}
