package org.mediationdesk.board;

/** Where a group's request for the floor stands. */
public enum SpeakerStatus {
	/** On the list, waiting for the floor. */
	WAITING,
	/** Has the floor now. */
	SPEAKING,
	/** Had the floor. */
	SPOKE,
	/** Withdrew the request before having the floor. */
	WITHDRAWN
}
