package org.mediationdesk.process;

/** The kinds of meeting a round is made of. */
public enum MeetingKind {
	WORKING_GROUP_I, WORKING_GROUP_II, PLENARY, INFORMATION_SESSION, SIDELINE_MEETING, EXPERT_GROUP,
	CO_CHAIRS_CONSULTATION, SHUTTLE_VISIT;

	/**
	 * Whether a meeting of this kind is named by its topic: an information session, a sideline meeting, an
	 * expert group or a shuttle visit is about something in particular; the working groups, the plenary and the
	 * co-chairs' consultations are not.
	 */
	public boolean needsTopic() {
		return this == INFORMATION_SESSION || this == SIDELINE_MEETING || this == EXPERT_GROUP || this == SHUTTLE_VISIT;
	}

	/**
	 * Whether a meeting of this kind is held in a closed circle: a sideline meeting, a shuttle visit or a co-chairs'
	 * consultation meets some of the sides, and what it is about and where it meets would say who met whom on what.
	 * That it takes place, its kind, day and time stay public; its topic and place are for those it concerns
	 * ({@link MeetingAudience}). The working groups, the plenary, an information session and an expert group are
	 * announced with their topic.
	 */
	public boolean isClosed() {
		return this == SIDELINE_MEETING || this == SHUTTLE_VISIT || this == CO_CHAIRS_CONSULTATION;
	}

	/** The meeting of a working group. */
	public static MeetingKind of(WorkingGroup group) {
		return group == WorkingGroup.WG1 ? WORKING_GROUP_I : WORKING_GROUP_II;
	}
}
