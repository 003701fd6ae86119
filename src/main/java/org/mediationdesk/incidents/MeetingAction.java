package org.mediationdesk.incidents;

/** What may be done with a mechanism's meeting now; the meeting says which apply. */
public enum MeetingAction {
	ADOPT_AGENDA, AGREE_JOINT_VISIT, CLOSE, POSTPONE, CALL_OFF
}
