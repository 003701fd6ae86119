package org.mediationdesk.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mediationdesk.incidents.IncidentCharts.MonthCount;
import org.mediationdesk.incidents.IncidentCharts.Monthly;
import org.mediationdesk.incidents.IncidentCharts.Segment;

/** The bars of the monthly chart: stacked by kind, a bar per mechanism, on a count axis of whole quarters. */
class IncidentChartsTests {

	@Test
	void stacksEachMonthsKindsInABarPerMechanism() {
		Monthly chart = IncidentCharts.draw(List.of(
				new MonthCount(YearMonth.of(2026, 1), "ERG", IncidentKind.DETENTION, 3),
				new MonthCount(YearMonth.of(2026, 1), "ERG", IncidentKind.SHOOTING, 1),
				new MonthCount(YearMonth.of(2026, 3), "GAL", IncidentKind.DETENTION, 6)));
		assertThat(chart.mechanisms()).containsExactly("ERG", "GAL");
		assertThat(chart.kinds()).containsExactly(IncidentKind.SHOOTING, IncidentKind.DETENTION);
		// three months, February empty; the top of the axis is 8, its quarters 0, 2, 4, 6, 8
		assertThat(chart.counts()).extracting(IncidentCharts.Tick::label).containsExactly("0", "2", "4", "6", "8");
		assertThat(chart.months()).extracting(IncidentCharts.Tick::label).containsExactly("2026-01", "2026-02", "2026-03");
		Segment shooting = chart.segments().get(0);
		Segment detention = chart.segments().get(1);
		assertThat(shooting.kind()).isEqualTo(IncidentKind.SHOOTING);
		// the graver kind at the bottom, the next on top of it, in the same bar
		assertThat(detention.x()).isEqualTo(shooting.x());
		assertThat(detention.y() + detention.height()).isCloseTo(shooting.y(), within(0.2));
		assertThat(detention.height()).isCloseTo(3 * shooting.height(), within(0.2));
		Segment gali = chart.segments().get(2);
		assertThat(gali.x()).isGreaterThan(detention.x());
		assertThat(gali.y()).isEqualTo(IncidentCharts.TOP + (IncidentCharts.HEIGHT - IncidentCharts.TOP
				- IncidentCharts.BOTTOM) / 4.0);
	}

	@Test
	void keepsTheLatestMonthsAndDrawsNothingForNothing() {
		assertThat(IncidentCharts.draw(List.of()).isEmpty()).isTrue();
		Monthly chart = IncidentCharts.draw(List.of(new MonthCount(YearMonth.of(2020, 1), "ERG", IncidentKind.OTHER, 1),
				new MonthCount(YearMonth.of(2026, 12), "ERG", IncidentKind.OTHER, 1)));
		assertThat(chart.table()).extracting(MonthCount::month).containsExactly(YearMonth.of(2026, 12));
		assertThat(IncidentCharts.niceMax(5)).isEqualTo(8);
		assertThat(IncidentCharts.niceMax(1)).isEqualTo(4);
	}
}
