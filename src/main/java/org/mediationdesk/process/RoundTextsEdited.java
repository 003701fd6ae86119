package org.mediationdesk.process;

import java.util.List;

/**
 * The co-chairs rewrote a round's public summary or its announced agenda; {@code languages} are the codes of the
 * languages whose versions changed ({@code en}, {@code ru}, {@code ka}).
 */
public record RoundTextsEdited(String actor, int number, List<String> languages) implements RoundEvent {

	public RoundTextsEdited {
		languages = List.copyOf(languages);
	}

	@Override
	public String action() {
		return AUDIT_PREFIX + "texts_edited";
	}
}
