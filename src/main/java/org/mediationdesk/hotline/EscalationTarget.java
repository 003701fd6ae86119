package org.mediationdesk.hotline;

/**
 * Whom a step of an escalation chain tells: the operator's supervisors (named accounts, or the co-chairs and
 * secretariat when none are named), the mechanism's facilitators (the co-chairs of its facilitating institutions),
 * or, as the chain's explicit last step, everyone at the desk that nobody answered.
 */
public enum EscalationTarget {
	SUPERVISORS, FACILITATORS, NOBODY_ANSWERED
}
