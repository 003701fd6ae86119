package org.mediationdesk.identity;

/** The single role of an account. */
public enum Role {
	ADMIN, CO_CHAIR, SECRETARIAT, PARTICIPANT;

	public String authority() {
		return "ROLE_" + name();
	}
}
