package org.mediationdesk.incidents;

import java.time.LocalDate;

/**
 * One incident as the exports give it, in the core fields of the UCDP event dataset: its public id, its mechanism's
 * code, the year, the kind, the first and last day of its time span with the precision, the place with its precision
 * and coordinates, the two actors (named neutrally), the register's figures (the most conservative, {@code disputed}
 * when the accounts differ) and the review state.
 */
public record IncidentRow(String publicId, String mechanism, int year, IncidentKind kind, LocalDate dateStart,
		LocalDate dateEnd, TimePrecision timePrecision, String placeName, PlacePrecision placePrecision, Double lat,
		Double lon, String actor1, String actor2, Casualties figures, boolean disputed, ReviewState state,
		boolean openCase) {
}
