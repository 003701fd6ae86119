package org.mediationdesk.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

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

	/** The CLDR skeleton of a long date: day, month written out, year; each language orders and joins them its way. */
	private static final String LONG_DAY = "yMMMMd";

	/**
	 * A day written by ICU from the language's CLDR pattern: "7 December 2026", "7 декабря 2026 г.",
	 * "7 დეკემბერი, 2026". For text that is written once and kept (a communiqué), not only shown.
	 */
	public static String cldrDay(LocalDate date, LanguageCode language) {
		DateFormat format = DateFormat.getInstanceForSkeleton(LONG_DAY, ULocale.forLocale(localeOf(language)));
		format.setTimeZone(TimeZone.GMT_ZONE);
		return format.format(new Date(millis(date)));
	}

	/**
	 * From one day to another as a range, by ICU's {@link DateIntervalFormat} and the language's CLDR interval
	 * patterns: "7–8 December 2026" (CLDR's thin spaces around the dash in British English), "7–8 декабря 2026 г.",
	 * "30 November – 8 December 2026"; what the two days share is written once. One day alone when they are the same
	 * or the end is unknown.
	 */
	public static String cldrRange(LocalDate start, LocalDate end, LanguageCode language) {
		if (end == null || end.equals(start)) {
			return cldrDay(start, language);
		}
		DateIntervalFormat format = DateIntervalFormat.getInstance(LONG_DAY, ULocale.forLocale(localeOf(language)));
		format.setTimeZone(TimeZone.GMT_ZONE);
		return format.format(new DateInterval(millis(start), millis(end)));
	}

	private static long millis(LocalDate date) {
		Calendar calendar = Calendar.getInstance(TimeZone.GMT_ZONE);
		calendar.clear();
		calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
		return calendar.getTimeInMillis();
	}
}
