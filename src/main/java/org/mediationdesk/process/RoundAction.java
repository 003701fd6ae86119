package org.mediationdesk.process;

/** What the co-chairs record about a round's status. */
public enum RoundAction {
	AWAIT_CONFIRMATION, CONFIRM, MARK_HELD, SUSPEND, RECORD_COLLAPSE
}
