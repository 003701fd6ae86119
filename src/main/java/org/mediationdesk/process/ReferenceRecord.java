package org.mediationdesk.process;

import java.time.LocalDate;
import java.util.List;

/**
 * The file format of a process record (JSON): the process, its standing agenda and its rounds. The reference
 * record of the Geneva International Discussions ships in this format as {@code reference/gid-record.json}.
 * Fields this version does not use (attendance events, contested accounts) are read by later modules.
 */
record ReferenceRecord(ProcessEntry process, List<AgendaEntry> agendaItems, List<RoundEntry> rounds,
		List<RelatedMeetingEntry> relatedMeetings) {

	record RelatedMeetingEntry(String title, LocalDate heldOn, String dateNote, String place, List<String> groups,
			String summary, String source) {
	}

	record ProcessEntry(String code, String name, String nameRu, String venue, String mandate,
			List<String> equalTreatment) {
	}

	record AgendaEntry(String code, WorkingGroup workingGroup, String title, String titleRu) {
	}

	record RoundEntry(int number, LocalDate startDate, LocalDate endDate, String dateNote, RoundStatus status,
			String venue, String publicSummary, String internalNote, List<PostponementEntry> postponements) {
	}

	record PostponementEntry(LocalDate plannedStart, LocalDate plannedEnd, LocalDate announced, String reason) {
	}
}
