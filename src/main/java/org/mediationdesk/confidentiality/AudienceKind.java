package org.mediationdesk.confidentiality;

/** The fixed set of audiences; two of them name a participant group. */
public enum AudienceKind {
	PUBLIC(false), ALL_PARTICIPANTS(false), CO_CHAIRS(false), GROUP_AND_CO_CHAIRS(true), GROUP_ONLY(true);

	private final boolean namesGroup;

	AudienceKind(boolean namesGroup) {
		this.namesGroup = namesGroup;
	}

	public boolean namesGroup() {
		return namesGroup;
	}
}
