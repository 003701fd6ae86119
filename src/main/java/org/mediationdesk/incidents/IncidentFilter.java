package org.mediationdesk.incidents;

import java.time.LocalDate;

/** Which incidents of the register to list: of one mechanism (code or id), of one kind, from and to a day. */
public record IncidentFilter(String mechanism, IncidentKind kind, LocalDate from, LocalDate to) {

	public static IncidentFilter none() {
		return new IncidentFilter(null, null, null, null);
	}
}
