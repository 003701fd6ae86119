package org.mediationdesk.hotline.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.mediationdesk.shared.DateFormats;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.stereotype.Component;

/**
 * The hotline's moments on its pages ({@code @hotlineTimes}): the day in the reader's language and the time of day
 * in UTC, since the sides' clocks differ and the log is one for all.
 */
@Component("hotlineTimes")
class HotlineTimes {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final DateFormats dates;

	HotlineTimes(DateFormats dates) {
		this.dates = dates;
	}

	/** "7 December 2026, 19:05 UTC"; empty for no moment. */
	public String at(Instant instant, LanguageCode language) {
		return instant == null ? "" : dates.day(instant, language) + ", " + TIME.format(instant.atZone(ZoneOffset.UTC))
				+ " UTC";
	}
}
