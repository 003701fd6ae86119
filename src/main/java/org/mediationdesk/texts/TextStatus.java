package org.mediationdesk.texts;

/** Where a negotiating text stands. */
public enum TextStatus {
	DRAFT, CIRCULATED,
	/** For consultation with capitals: no new alternatives or edits; stances still. */
	FROZEN,
	AGREED_AD_REFERENDUM, AGREED, ABANDONED
}
