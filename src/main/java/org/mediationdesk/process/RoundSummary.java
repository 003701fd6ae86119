package org.mediationdesk.process;

import java.time.LocalDate;

/** A line of the timeline of a process. */
public record RoundSummary(int number, LocalDate startDate, LocalDate endDate, String dateNote, RoundStatus status,
		String venue, String publicSummary) {
}
