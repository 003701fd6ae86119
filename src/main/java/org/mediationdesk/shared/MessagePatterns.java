package org.mediationdesk.shared;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.temporal.TemporalAccessor;

/**
 * Formats the patterns of the message bundles with ICU's {@code MessageFormat}: numbered arguments ({@code {0}})
 * as before, and plural and select forms ({@code {0, plural, one {# problem} other {# problems}}}) in every
 * language, with each language's own plural rules (Russian: one, few, many). Apostrophes follow ICU: a doubled
 * one ({@code ''}) is one apostrophe, and a single one is kept as it is unless it stands before a brace.
 */
public final class MessagePatterns {

	/** Parsed patterns by language and text; a pattern is parsed once, and formatted under its own lock. */
	private static final Map<Locale, Map<String, MessageFormat>> PARSED = new ConcurrentHashMap<>();

	private MessagePatterns() {
	}

	/** The pattern with its arguments, in the plural rules and number forms of the locale. */
	public static String format(String pattern, Locale locale, Object... arguments) {
		MessageFormat format = PARSED.computeIfAbsent(locale, key -> new ConcurrentHashMap<>())
			.computeIfAbsent(pattern, key -> new MessageFormat(key, locale));
		synchronized (format) {
			return format.format(arguments == null ? new Object[0] : readable(arguments, locale));
		}
	}

	/**
	 * The arguments as ICU can format them: a moment or a day of {@code java.time} is written in the reader's
	 * format (ICU formats only {@code java.util.Date} as a date), the rest is given as it is.
	 */
	private static Object[] readable(Object[] arguments, Locale locale) {
		Object[] readable = arguments.clone();
		for (int i = 0; i < readable.length; i++) {
			if (readable[i] instanceof Instant instant) {
				readable[i] = MOMENT.withLocale(locale).format(instant);
			}
			else if (readable[i] instanceof TemporalAccessor temporal
					&& !(readable[i] instanceof DayOfWeek) && !(readable[i] instanceof Month)) {
				readable[i] = temporal.toString();
			}
		}
		return readable;
	}

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);
}
