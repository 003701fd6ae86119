package org.mediationdesk.incidents;

/**
 * How exactly a time is known (after UCDP GED's and ACLED's precision codes): to the minute, the day, a few
 * days, the week or the month. The time kept is the start of the span.
 */
public enum TimePrecision {
	EXACT, DAY, DAYS, WEEK, MONTH
}
