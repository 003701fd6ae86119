package org.mediationdesk.process;

import java.time.LocalDate;

import org.mediationdesk.shared.Localized;

/**
 * A line of the timeline of a process; {@code summaries} and {@code dateNotes} hold its public summary and
 * date note in every language of the interface.
 */
public record RoundSummary(int number, LocalDate startDate, LocalDate endDate, String dateNote, RoundStatus status,
		String venue, String publicSummary, Localized summaries, Localized dateNotes) {
}
