package org.mediationdesk.incidents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An incident to report to a mechanism's register ({@code mechanism}: its code or id): its kind (and any other
 * kinds it also was: it counts once, under the gravest), when ({@code occurredAt}: a day {@code 2026-03-14} or a
 * time {@code 2026-03-14T06:30:00Z}, the start of the span its precision names), where, the two actors named
 * neutrally (neither is implied to be the aggressor), the reporter's figures, and the reporter's text: the
 * facilitators' neutral summary when the co-chairs or secretariat report it, a side's own account when a side does.
 */
public record NewIncident(String mechanism, IncidentKind kind, List<IncidentKind> alsoKinds, String occurredAt,
		TimePrecision timePrecision, Place place, String actor1, String actor2, Counts casualties, String summary,
		String sources) {

	public NewIncident {
		alsoKinds = alsoKinds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(alsoKinds));
	}
}
