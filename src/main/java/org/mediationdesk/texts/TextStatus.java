package org.mediationdesk.texts;

import org.springframework.context.MessageSourceResolvable;

/**
 * Where a negotiating text stands. As an argument of a message it reads in the viewer's language
 * ({@code textStatus.FROZEN}), not as its constant's name.
 */
public enum TextStatus implements MessageSourceResolvable {
	DRAFT, CIRCULATED,
	/** For consultation with capitals: no new alternatives or edits; stances still. */
	FROZEN,
	AGREED_AD_REFERENDUM, AGREED, ABANDONED;

	@Override
	public String[] getCodes() {
		return new String[] { "textStatus." + name() };
	}

	@Override
	public String getDefaultMessage() {
		return name();
	}
}
