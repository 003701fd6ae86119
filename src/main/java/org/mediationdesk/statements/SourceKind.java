package org.mediationdesk.statements;

/** Who gave an account. */
public enum SourceKind {
	PARTICIPANT_GROUP, CO_CHAIRS, PRESS
}
