package org.mediationdesk.incidents;

/** What may be done with a mechanism now; the mechanism says which apply. */
public enum MechanismAction {
	SCHEDULE_MEETING, SUSPEND, RESUME
}
