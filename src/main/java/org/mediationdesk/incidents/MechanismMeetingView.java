package org.mediationdesk.incidents;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.mediationdesk.shared.Localized;

/**
 * A mechanism's meeting as a viewer reads it. Everyone reads that it took place (kind, number, day), its outcome
 * and the facilitators' public statement with its source; the mechanism's circle also reads its internals
 * ({@code internals}): venue, agenda and whether it was adopted, the joint visits agreed and the next date.
 * For anyone else those are {@code null} or empty.
 */
public record MechanismMeetingView(UUID id, UUID mechanismId, String mechanismCode, MechanismMeetingKind kind,
		Integer number, LocalDate heldOn, TimePrecision datePrecision, MeetingOutcome outcome, Localized statement,
		String source, boolean internals, String venue, List<StandingItem> standingItems, List<String> agenda,
		boolean agendaAdopted, List<JointVisit> jointVisits, LocalDate nextOn, Set<MeetingAction> actions) {

	/** Whether the viewer may take this step now. */
	public boolean may(String action) {
		return actions.stream().anyMatch(offered -> offered.name().equals(action));
	}

	public boolean monthOnly() {
		return datePrecision == TimePrecision.MONTH;
	}
}
