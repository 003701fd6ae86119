package org.mediationdesk.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A numbered round of a process. The number is given once and stays with the round whatever happens to
 * its dates; earlier planned dates are kept as postponements.
 */
class Round {

	@Id
	private UUID id;
	private UUID processId;
	private int number;
	private LocalDate startDate;
	private LocalDate endDate;
	private String dateNote;
	private RoundStatus status;
	private String venue;
	private String publicSummary;
	private String internalNote;
	private Set<Postponement> postponements = new HashSet<>();
	@Version
	private Long version;

	@PersistenceCreator
	Round() {
	}

	/** A round from the record of a process, as it is known. */
	static Round recorded(UUID processId, int number, LocalDate startDate, LocalDate endDate, String dateNote,
			RoundStatus status, String venue, String publicSummary, String internalNote,
			List<Postponement> postponements) {
		Round round = new Round();
		round.id = UUID.randomUUID();
		round.processId = processId;
		round.number = number;
		round.startDate = startDate;
		round.endDate = endDate;
		round.dateNote = dateNote;
		round.status = status;
		round.venue = venue;
		round.publicSummary = publicSummary;
		round.internalNote = internalNote;
		round.postponements.addAll(postponements);
		round.checkDates();
		return round;
	}

	private void checkDates() {
		if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
			throw new IllegalArgumentException(
					"round " + number + " would end (" + endDate + ") before it starts (" + startDate + ")");
		}
	}

	UUID id() {
		return id;
	}

	/** The round as the viewer may read it: the internal note only for the co-chairs and secretariat. */
	RoundView view(boolean withInternalNote) {
		List<RoundView.PostponementView> earlier = new ArrayList<>();
		postponements.stream()
			.sorted(Comparator.comparing(Postponement::plannedStart, Comparator.nullsLast(Comparator.naturalOrder())))
			.forEach(found -> earlier.add(new RoundView.PostponementView(found.plannedStart(), found.plannedEnd(),
					found.announced(), found.reason())));
		return new RoundView(id, number, startDate, endDate, dateNote, status, venue, publicSummary,
				withInternalNote ? internalNote : null, earlier);
	}
}
