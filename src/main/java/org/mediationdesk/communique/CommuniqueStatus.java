package org.mediationdesk.communique;

/** Where an edition of a communiqué stands. */
public enum CommuniqueStatus {
	/** Being written and approved. */
	DRAFT,
	/** Approved by the three institutions, to be published at its embargo time. */
	EMBARGOED,
	/** Public, and never edited again. */
	PUBLISHED
}
