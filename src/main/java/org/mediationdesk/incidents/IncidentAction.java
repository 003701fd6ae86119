package org.mediationdesk.incidents;

/** What may be done with an incident now; the incident says which apply. */
public enum IncidentAction {
	GIVE_ACCOUNT, PUT_UNDER_REVIEW, VERIFY, FIND_UNVERIFIABLE, CLOSE
}
