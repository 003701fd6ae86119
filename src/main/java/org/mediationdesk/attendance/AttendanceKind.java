package org.mediationdesk.attendance;

/** What an attendance event records about a participant group. */
public enum AttendanceKind {
	INVITED(false), CONFIRMED(false), DECLINED(true), PRESENT(false), BOYCOTTED(true), WALKED_OUT(true),
	RETURNED(true), DID_NOT_ATTEND(true);

	private final boolean publiclyNoted;

	AttendanceKind(boolean publiclyNoted) {
		this.publiclyNoted = publiclyNoted;
	}

	/** Whether the public projection mentions it at all (without saying who). */
	public boolean publiclyNoted() {
		return publiclyNoted;
	}
}
