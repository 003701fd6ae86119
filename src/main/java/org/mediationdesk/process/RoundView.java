package org.mediationdesk.process;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.mediationdesk.shared.Localized;

/**
 * A round as a viewer reads it. {@code internalNote} is {@code null} for everyone but the co-chairs and the
 * secretariat; {@code startDate} and {@code endDate} are {@code null} where the record does not know them.
 * {@code pendingConfirmation}: the date awaits confirmation by all participants.
 * {@code statusReason}: why the round was postponed, suspended or collapsed, if recorded.
 * {@code sources}: the public sources (web addresses) of what the record says about the round.
 * {@code availableActions}: what the round's status allows the co-chairs to do with it now; empty for everyone
 * else. {@code texts}: the public texts in every language of the interface (English, Russian, Georgian), each
 * version missing where none is written.
 */
public record RoundView(UUID id, int number, LocalDate startDate, LocalDate endDate, String dateNote,
		RoundStatus status, String venue, String publicSummary, String internalNote,
		List<PostponementView> postponements, boolean pendingConfirmation, String statusReason,
		List<OutcomeView> outcomes, List<DecisionView> decisions, List<String> sources,
		List<RoundAction> availableActions, Texts texts) {

	/** The round's public texts per language; {@code agenda} is the agenda the co-chairs announce for it. */
	public record Texts(Localized summary, Localized venue, Localized dateNote, Localized statusReason,
			Localized agenda) {
	}

	/** The outcome of a standing agenda item in this round. */
	public record OutcomeView(String itemCode, AgendaOutcomeKind outcome) {
	}

	/** A decision of this round. */
	public record DecisionView(String text, DecisionStatus status, LocalDate decidedOn) {
	}

	/** A planned date the round did not keep. */
	public record PostponementView(LocalDate plannedStart, LocalDate plannedEnd, LocalDate announced, String reason,
			Localized reasons) {
	}

	/** The available actions of the status form (held, suspended, collapsed, the confirmation). */
	public List<RoundAction> statusActions() {
		return availableActions.stream().filter(RoundAction::changesStatus).toList();
	}

	/** Whether the action of this name ({@link RoundAction}) applies to the round now; for the page's forms. */
	public boolean offers(String action) {
		return availableActions.contains(RoundAction.valueOf(action));
	}

	public boolean oneDay() {
		return startDate != null && startDate.equals(endDate);
	}
}
