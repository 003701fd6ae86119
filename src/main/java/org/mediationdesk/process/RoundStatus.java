package org.mediationdesk.process;

/** Where a round stands. */
public enum RoundStatus {
	SCHEDULED, HELD, POSTPONED, SUSPENDED, COLLAPSED
}
