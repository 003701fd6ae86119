package org.mediationdesk.process;

import org.springframework.context.MessageSourceResolvable;

/** Where a round stands; as an argument of a message it reads in the viewer's language ({@code roundStatus.HELD}). */
public enum RoundStatus implements MessageSourceResolvable {
	SCHEDULED, HELD, POSTPONED, SUSPENDED, COLLAPSED;

	@Override
	public String[] getCodes() {
		return new String[] { "roundStatus." + name() };
	}

	@Override
	public String getDefaultMessage() {
		return name();
	}
}
