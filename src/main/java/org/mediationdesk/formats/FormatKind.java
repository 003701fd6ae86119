package org.mediationdesk.formats;

/** The kinds of meeting a format may have. */
public enum FormatKind {
	PLENARY, WORKING_GROUP, INFORMAL_CONSULTATION,
	/** The co-chairs go between rooms; the groups never sit together. */
	PROXIMITY,
	/** Two groups with the co-chairs. */
	BILATERAL
}
