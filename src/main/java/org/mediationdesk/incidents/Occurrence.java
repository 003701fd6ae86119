package org.mediationdesk.incidents;

import java.time.Instant;
import java.util.List;

/** What an incident was, when and where, and its two actors, as checked from a report. */
record Occurrence(IncidentKind kind, List<IncidentKind> alsoKinds, Instant occurredAt, TimePrecision timePrecision,
		Place place, String actor1, String actor2) {
}
