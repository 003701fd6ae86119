package org.mediationdesk.process;

import java.time.LocalDate;

/**
 * A round was postponed, keeping its number: to new dates, or ({@code newStart} {@code null}) until dates are
 * agreed, in which case its status is {@link RoundStatus#POSTPONED}.
 *
 * @param previousStart the date the round had before, {@code null} if it had none
 * @param reason the public reason given for the postponement
 */
public record RoundPostponed(String actor, int number, LocalDate previousStart, LocalDate newStart,
		LocalDate newEnd, RoundStatus status, String reason) implements RoundEvent {

	@Override
	public String action() {
		return AUDIT_PREFIX + "postponed";
	}

	@Override
	public String detail() {
		return String.valueOf(newStart);
	}
}
