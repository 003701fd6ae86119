package org.mediationdesk.incidents.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.mediationdesk.shared.LanguageCode;
import org.springframework.stereotype.Component;

/** The months and times of day of the mechanisms' pages, in the reader's language ({@code @incidentDates}). */
@Component("incidentDates")
class IncidentDates {

	/** A month and its year: "November 2024", "ноябрь 2024". */
	public String month(LocalDate date, LanguageCode language) {
		return DateTimeFormatter.ofPattern("LLLL yyyy", locale(language)).format(date);
	}

	/** A time of day in UTC: "06:30". */
	public String time(Instant instant) {
		return DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC).format(instant);
	}

	/** The day of an instant, in UTC. */
	public LocalDate day(Instant instant) {
		return instant.atZone(ZoneOffset.UTC).toLocalDate();
	}

	private static Locale locale(LanguageCode language) {
		return Locale.forLanguageTag(language == null ? "en" : language.name().toLowerCase(Locale.ROOT));
	}
}
