package org.mediationdesk.process;

/** What became of a standing agenda item in a round, in the neutral terms of the co-chairs' communiqués. */
public enum AgendaOutcomeKind {
	DISCUSSED, NOT_COMPLETED, NOT_DISCUSSED_WALKOUT, NO_CONSENSUS_ORGANISATIONAL
}
