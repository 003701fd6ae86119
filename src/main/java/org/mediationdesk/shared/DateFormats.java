package org.mediationdesk.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Dates as a reader of each language writes them: "3 December 2026", "3 декабря 2026 г.", "3 დეკემბერი,
 * 2026". The one place that formats a date for a page; templates call it as {@code @dates}.
 */
@Component("dates")
public class DateFormats {

	/** The locale whose long date form each language uses (English in the British order: day, month, year). */
	static Locale localeOf(LanguageCode language) {
		return switch (language == null ? LanguageCode.EN : language) {
			case EN -> Locale.UK;
			case RU -> Locale.forLanguageTag("ru");
			case KA -> Locale.forLanguageTag("ka");
		};
	}

	private static DateTimeFormatter longDate(LanguageCode language) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(localeOf(language));
	}

	/** A day, such as "3 December 2026"; empty for no date. */
	public String day(LocalDate date, LanguageCode language) {
		return date == null ? "" : longDate(language).format(date);
	}

	/** The day of an instant in UTC. */
	public String day(Instant instant, LanguageCode language) {
		return instant == null ? "" : day(LocalDate.ofInstant(instant, ZoneOffset.UTC), language);
	}

	/**
	 * From one day to another: "25–26 June 2025" within a month, "30 June – 1 July 2025" otherwise; one day
	 * alone when they are the same or the end is unknown.
	 */
	public String range(LocalDate start, LocalDate end, LanguageCode language) {
		if (start == null) {
			return day(end, language);
		}
		if (end == null || end.equals(start)) {
			return day(start, language);
		}
		if (start.getYear() == end.getYear() && start.getMonth() == end.getMonth()) {
			return start.getDayOfMonth() + "\u2013" + day(end, language);
		}
		return day(start, language) + " \u2013 " + day(end, language);
	}
}
