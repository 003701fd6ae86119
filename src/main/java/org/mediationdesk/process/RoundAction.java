package org.mediationdesk.process;

/** What the co-chairs record about a round's status. */
public enum RoundAction {
	MARK_HELD, SUSPEND, RECORD_COLLAPSE, AWAIT_CONFIRMATION, CONFIRM
}
