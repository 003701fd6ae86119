package org.mediationdesk.process;

import java.time.LocalDate;

/**
 * The co-chairs convened the next round: its number continues the sequence; both working groups meet.
 *
 * @param pendingConfirmation whether the dates await confirmation by all participants
 */
public record RoundConvened(String actor, int number, LocalDate startDate, LocalDate endDate, String venue,
		boolean pendingConfirmation) implements RoundEvent {

	@Override
	public String action() {
		return AUDIT_PREFIX + "convened";
	}

	@Override
	public String detail() {
		return String.valueOf(startDate);
	}
}
