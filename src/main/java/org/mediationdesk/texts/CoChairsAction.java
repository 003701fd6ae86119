package org.mediationdesk.texts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What the co-chairs do to a text as a whole (and, for {@code TABLE}, to one wording shared in confidence).
 * Which of them a text allows depends on its status: {@link NegotiatingText#availableActions()}.
 */
public enum CoChairsAction {
	/** Sends out a new revision (a private draft is shared with its audience then). */
	CIRCULATE,
	/** Ends the private drafting: the text's audience reads it, without a revision being circulated. */
	SHARE,
	/** Stops new wordings while the sides consult their capitals; stances go on. */
	FREEZE, UNFREEZE,
	/** Shows every stance stated so far; later ones are sealed again. */
	REVEAL,
	/** Marks a frozen, settled text agreed ad referendum; then agreed. */
	AGREE,
	/** Ends the negotiation of the text for good. */
	ABANDON,
	/** Shares with all who see the text a wording that was in confidence to the co-chairs. */
	TABLE;

	/** The action's name in forms and the API ({@code circulate}, {@code freeze} …). */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<CoChairsAction> parse(String key) {
		return Arrays.stream(values()).filter(action -> action.key().equals(key)).findFirst();
	}
}
