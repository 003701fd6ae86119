package org.mediationdesk.incidents;

/** A mechanism's meetings: each kind is numbered in its own series. */
public enum MechanismMeetingKind {
	/** A meeting of the mechanism's series (the "57th meeting"). */
	REGULAR,
	/** Called at short notice at a participant's request. */
	EXTRAORDINARY,
	/** A meeting in the mechanism's format on one question (the Chorchana–Tsnelisi meetings of 2019). */
	TECHNICAL
}
