package org.mediationdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Dates written once and kept (a communiqué's) come from ICU and each language's CLDR patterns, ranges as ranges. */
class DateFormatsTests {

	static final LocalDate SEVENTH = LocalDate.of(2026, 12, 7);
	static final LocalDate EIGHTH = LocalDate.of(2026, 12, 8);

	@Test
	void writesTwoDaysOfAMonthAsOneRangeInEveryLanguage() {
		// CLDR's own spacing: thin spaces around the British dash, a narrow no-break space before the Russian "г."
		assertThat(DateFormats.cldrRange(SEVENTH, EIGHTH, LanguageCode.EN)).isEqualTo("7\u2009\u2013\u20098 December 2026");
		assertThat(DateFormats.cldrRange(SEVENTH, EIGHTH, LanguageCode.RU)).isEqualTo("7\u20148 декабря 2026\u202Fг.");
		assertThat(DateFormats.cldrRange(SEVENTH, EIGHTH, LanguageCode.KA)).isEqualTo("7\u20138 დეკემბერი, 2026");
	}

	@Test
	void writesWhatTwoDaysShareOnceAcrossMonths() {
		LocalDate last = LocalDate.of(2026, 11, 30);
		assertThat(DateFormats.cldrRange(last, EIGHTH, LanguageCode.EN)).isEqualTo("30 November\u2009\u2013\u20098 December 2026");
		assertThat(DateFormats.cldrRange(last, EIGHTH, LanguageCode.RU)).isEqualTo("30 ноября \u2014 8 декабря 2026\u202Fг.");
	}

	@Test
	void writesOneDayAloneWhenTheRangeHasNoSecond() {
		assertThat(DateFormats.cldrRange(SEVENTH, null, LanguageCode.EN)).isEqualTo("7 December 2026");
		assertThat(DateFormats.cldrRange(SEVENTH, SEVENTH, LanguageCode.RU)).isEqualTo("7 декабря 2026\u202Fг.");
		assertThat(DateFormats.cldrDay(SEVENTH, LanguageCode.KA)).isEqualTo("7 დეკემბერი, 2026");
	}
}
