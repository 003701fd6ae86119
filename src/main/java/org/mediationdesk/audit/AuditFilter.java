package org.mediationdesk.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * What the reader of the audit log asks to see: entries by one person (their username), of one kind of action, about
 * one kind of object (or one object), between two days (UTC, both included). Each part is optional; a date that does
 * not read as a day is kept as typed, reported by its field, and left out of the filter.
 */
public record AuditFilter(String person, String action, String object, String objectId, String from, String to) {

	static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);

	public AuditFilter {
		person = blankToNull(person);
		action = blankToNull(action);
		object = blankToNull(object);
		objectId = blankToNull(objectId);
		from = blankToNull(from);
		to = blankToNull(to);
	}

	public LocalDate fromDay() {
		return day(from);
	}

	public LocalDate toDay() {
		return day(to);
	}

	/** The field whose value is not a day, or null. */
	public String fieldAtFault() {
		return from != null && fromDay() == null ? "from" : to != null && toDay() == null ? "to" : null;
	}

	public boolean any() {
		return person != null || action != null || object != null || objectId != null || from != null || to != null;
	}

	private static LocalDate day(String value) {
		if (value == null || value.length() > 10) {
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(value);
			return day.getYear() >= 1900 && day.getYear() <= 9000 ? day : null;
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
