package org.mediationdesk.incidents;

/** How often a mechanism meets, as agreed or practised. */
public enum Rhythm {
	WEEKLY, FORTNIGHTLY, MONTHLY, ON_REQUEST
}
