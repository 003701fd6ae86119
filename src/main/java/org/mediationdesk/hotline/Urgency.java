package org.mediationdesk.hotline;

/** How soon an activation must be acknowledged and answered: each urgency has its two deadlines (settings). */
public enum Urgency {
	ROUTINE, URGENT, EMERGENCY
}
