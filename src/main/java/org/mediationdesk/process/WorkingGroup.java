package org.mediationdesk.process;

/** The two working groups that meet in parallel in every round since the second. */
public enum WorkingGroup {
	/** Security: the situation on the ground, non-use of force, incident mechanisms, detentions. */
	WG1,
	/** Humanitarian: freedom of movement, documentation, missing persons, displaced persons and more. */
	WG2
}
