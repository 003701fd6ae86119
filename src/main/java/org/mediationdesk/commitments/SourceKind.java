package org.mediationdesk.commitments;

/** Where a commitment came from. */
public enum SourceKind {
	/** A decision recorded in a round. */
	ROUND_DECISION,
	/** An agreed provision of a negotiating text. */
	TEXT_PROVISION,
	/** A meeting of an incident prevention and response mechanism. */
	MECHANISM_MEETING
}
