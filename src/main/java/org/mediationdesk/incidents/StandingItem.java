package org.mediationdesk.incidents;

/** The items on every meeting's agenda. */
public enum StandingItem {
	REVIEW_OF_PAST_INCIDENTS, ADVANCE_NOTICE_OF_SENSITIVE_ACTIVITIES, FOLLOW_UP_OF_OPEN_CASES
}
