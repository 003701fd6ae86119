package org.mediationdesk.attendance;

/** What an attendance event records about a participant group. */
public enum AttendanceKind {
	INVITED(false), CONFIRMED(false), DECLINED(false), PRESENT(false), BOYCOTTED(true), WALKED_OUT(true),
	RETURNED(false), DID_NOT_ATTEND(true);

	private final boolean publiclyNoted;

	AttendanceKind(boolean publiclyNoted) {
		this.publiclyNoted = publiclyNoted;
	}

	/**
	 * Whether the public projection mentions it at all (without saying who, when, or how many). Returns and
	 * refusals are left out: counting them would tell how many groups left.
	 */
	public boolean publiclyNoted() {
		return publiclyNoted;
	}

	/** Whether the group takes (or retakes) its seat: only then is a capacity recorded. */
	public boolean seats() {
		return this == PRESENT || this == RETURNED;
	}
}
