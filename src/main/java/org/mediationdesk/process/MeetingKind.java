package org.mediationdesk.process;

/** The kinds of meeting a round is made of. */
public enum MeetingKind {
	WORKING_GROUP_I, WORKING_GROUP_II, PLENARY, INFORMATION_SESSION, SIDELINE_MEETING, EXPERT_GROUP,
	CO_CHAIRS_CONSULTATION, SHUTTLE_VISIT;

	/** The meeting of a working group. */
	public static MeetingKind of(WorkingGroup group) {
		return group == WorkingGroup.WG1 ? WORKING_GROUP_I : WORKING_GROUP_II;
	}
}
