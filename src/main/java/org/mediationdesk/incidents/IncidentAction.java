package org.mediationdesk.incidents;

/**
 * What may be done with an incident now; the incident says which apply. {@code OPEN_CASE}: it becomes a long-lived
 * case (a detainee, a missing person), followed up at every meeting of its mechanism until it is closed;
 * {@code PUT_ON_REVIEW}: a meeting's review of past incidents takes it up; {@code MERGE}: it is merged, as a
 * duplicate, into another incident.
 */
public enum IncidentAction {
	GIVE_ACCOUNT, PUT_UNDER_REVIEW, VERIFY, FIND_UNVERIFIABLE, CLOSE, OPEN_CASE, PUT_ON_REVIEW, MERGE
}
