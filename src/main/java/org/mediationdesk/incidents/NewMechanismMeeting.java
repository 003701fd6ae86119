package org.mediationdesk.incidents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A meeting to schedule: its kind (numbered in that kind's series), its day (or month, {@code datePrecision}
 * {@code MONTH}, where the record knows no more), its venue and the items of its provisional agenda beyond the
 * standing ones.
 */
public record NewMechanismMeeting(MechanismMeetingKind kind, LocalDate heldOn, TimePrecision datePrecision, String venue,
		List<String> agenda) {

	public NewMechanismMeeting {
		agenda = agenda == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(agenda));
	}
}
