package org.mediationdesk.incidents;

/** Where an incident stands in the mechanism's review: reported → under review → verified | unverifiable → closed. */
public enum ReviewState {
	REPORTED, UNDER_REVIEW, VERIFIED, UNVERIFIABLE, CLOSED
}
