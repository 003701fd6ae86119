package org.mediationdesk.incidents;

import java.time.LocalDate;

/**
 * How exactly a time is known (after UCDP GED's and ACLED's precision codes): to the minute, the day, a few
 * days, the week or the month. The time kept is the start of the span.
 */
public enum TimePrecision {
	EXACT, DAY, DAYS, WEEK, MONTH;

	/**
	 * The last day of the span that starts on {@code start}, as the exports give it (UCDP GED's {@code date_end}):
	 * the same day for a time known to the minute or the day, three days for "a few days", seven for the week, and
	 * the month's last day for the month.
	 */
	public LocalDate end(LocalDate start) {
		return switch (this) {
			case EXACT, DAY -> start;
			case DAYS -> start.plusDays(2);
			case WEEK -> start.plusDays(6);
			case MONTH -> start.withDayOfMonth(start.lengthOfMonth());
		};
	}
}
