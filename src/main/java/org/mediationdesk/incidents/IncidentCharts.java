package org.mediationdesk.incidents;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.mediationdesk.identity.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register drawn, for the charts of its page (the page draws them as SVG from these shapes; no map service):
 * incidents per month by kind and mechanism, as stacked bars, one per mechanism in each month, and the places with
 * coordinates on a plain plot, west to east and south to north, each point as large as its count. Both count what
 * the list shows with the same filter, and come with their figures for a table beside them.
 */
@Service
public class IncidentCharts {

	/** The chart's drawing area, in SVG units. */
	static final int WIDTH = 720;
	static final int HEIGHT = 260;
	static final int LEFT = 40;
	static final int BOTTOM = 30;
	static final int TOP = 10;
	/** At most this many months, the latest, and this many places, the most frequent. */
	static final int MONTHS = 24;
	static final int PLACES = 40;

	private final Mechanisms mechanisms;
	private final JdbcClient jdbc;

	IncidentCharts(Mechanisms mechanisms, JdbcClient jdbc) {
		this.mechanisms = mechanisms;
		this.jdbc = jdbc;
	}

	/** One count of the chart's table: a month, a mechanism, a kind and how many incidents. */
	public record MonthCount(YearMonth month, String mechanism, IncidentKind kind, int count) {
	}

	/** One piece of a stacked bar, placed. */
	public record Segment(double x, double y, double width, double height, IncidentKind kind, String mechanism,
			YearMonth month, int count) {

		public String colour() {
			return IncidentCharts.colour(kind);
		}
	}

	/** A label of the month axis (every few months) or of the count axis. */
	public record Tick(double at, String label) {
	}

	/** The bar chart: its pieces, its axes' ticks, its counts for the table, and the mechanisms in bar order. */
	public record Monthly(List<Segment> segments, List<Tick> months, List<Tick> counts, List<MonthCount> table,
			List<String> mechanisms, List<IncidentKind> kinds, int width, int height) {

		public boolean isEmpty() {
			return table.isEmpty();
		}

		public String colour(IncidentKind kind) {
			return IncidentCharts.colour(kind);
		}
	}

	/** A place with coordinates, placed, with how many incidents it had. */
	public record Point(double x, double y, double radius, String name, double lat, double lon, int count) {
	}

	/** The plot of places: its points, and how many incidents of the filter had no coordinates. */
	public record Places(List<Point> points, long withoutCoordinates, int width, int height) {

		public boolean isEmpty() {
			return points.isEmpty();
		}
	}

	/** Incidents per month by kind and mechanism, as the list filters them. */
	@Transactional(readOnly = true)
	public Monthly monthly(Viewer viewer, IncidentFilter filter) {
		IncidentWhere where = where(viewer, filter);
		if (where == null) {
			return draw(List.of());
		}
		Map<UUID, String> codes = mechanisms.registersOf(viewer).stream()
			.collect(Collectors.toMap(Mechanism::id, Mechanism::code));
		List<MonthCount> counts = jdbc.sql("SELECT EXTRACT(YEAR FROM occurred_at), EXTRACT(MONTH FROM occurred_at),"
				+ " mechanism_id, kind, COUNT(*)" + where.sql() + " GROUP BY EXTRACT(YEAR FROM occurred_at),"
				+ " EXTRACT(MONTH FROM occurred_at), mechanism_id, kind").params(where.params())
			.query((rs, row) -> new MonthCount(YearMonth.of(rs.getInt(1), rs.getInt(2)),
					codes.get(rs.getObject(3, UUID.class)), IncidentKind.valueOf(rs.getString(4)), rs.getInt(5)))
			.list();
		return draw(counts);
	}

	/** The places with coordinates, as the list filters the incidents. */
	@Transactional(readOnly = true)
	public Places places(Viewer viewer, IncidentFilter filter) {
		IncidentWhere where = where(viewer, filter);
		if (where == null) {
			return new Places(List.of(), 0, WIDTH, HEIGHT);
		}
		record Found(String name, double lat, double lon, int count) {
		}
		List<Found> found = jdbc.sql("SELECT place_name, AVG(latitude), AVG(longitude), COUNT(*)" + where.sql()
				+ " AND latitude IS NOT NULL AND longitude IS NOT NULL GROUP BY place_name ORDER BY COUNT(*) DESC, place_name"
				+ " LIMIT " + PLACES).params(where.params())
			.query((rs, row) -> new Found(rs.getString(1), rs.getDouble(2), rs.getDouble(3), rs.getInt(4))).list();
		long without = jdbc.sql("SELECT COUNT(*)" + where.sql() + " AND (latitude IS NULL OR longitude IS NULL)")
			.params(where.params()).query(Long.class).single();
		double minLat = found.stream().mapToDouble(Found::lat).min().orElse(0) - 0.01;
		double maxLat = found.stream().mapToDouble(Found::lat).max().orElse(0) + 0.01;
		double minLon = found.stream().mapToDouble(Found::lon).min().orElse(0) - 0.01;
		double maxLon = found.stream().mapToDouble(Found::lon).max().orElse(0) + 0.01;
		double plotWidth = WIDTH - LEFT - 120.0;
		double plotHeight = HEIGHT - TOP - BOTTOM;
		List<Point> points = found.stream().map(place -> new Point(
				round(LEFT + (place.lon() - minLon) / (maxLon - minLon) * plotWidth),
				round(TOP + (maxLat - place.lat()) / (maxLat - minLat) * plotHeight),
				round(Math.min(14, 3 + 2 * Math.sqrt(place.count()))), place.name(), place.lat(), place.lon(),
				place.count())).toList();
		return new Places(points, without, WIDTH, HEIGHT);
	}

	private IncidentWhere where(Viewer viewer, IncidentFilter filter) {
		List<UUID> visible = mechanisms.registersOf(viewer).stream().map(Mechanism::id).toList();
		IncidentFilter wanted = filter == null ? IncidentFilter.none() : filter;
		List<UUID> ids = visible;
		if (wanted.mechanism() != null && !wanted.mechanism().isBlank()) {
			ids = mechanisms.find(wanted.mechanism()).map(Mechanism::id).filter(visible::contains).stream().toList();
		}
		return ids.isEmpty() ? null : IncidentWhere.of(ids, wanted);
	}

	/** Places the bars: the latest {@link #MONTHS} months with incidents and those between, a bar per mechanism. */
	static Monthly draw(List<MonthCount> all) {
		TreeSet<YearMonth> seen = all.stream().map(MonthCount::month).collect(Collectors.toCollection(TreeSet::new));
		if (seen.isEmpty()) {
			return new Monthly(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), WIDTH, HEIGHT);
		}
		YearMonth last = seen.last();
		YearMonth first = seen.first().isBefore(last.minusMonths(MONTHS - 1)) ? last.minusMonths(MONTHS - 1) : seen.first();
		List<MonthCount> counts = all.stream().filter(c -> !c.month().isBefore(first))
			.sorted(Comparator.comparing(MonthCount::month).thenComparing(MonthCount::mechanism)
				.thenComparing(c -> c.kind().gravity()))
			.toList();
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			months.add(month);
		}
		List<String> codes = counts.stream().map(MonthCount::mechanism).distinct().sorted().toList();
		List<IncidentKind> kinds = counts.stream().map(MonthCount::kind).distinct()
			.sorted(Comparator.comparingInt(IncidentKind::gravity)).toList();
		Map<String, Integer> totals = new LinkedHashMap<>();
		counts.forEach(c -> totals.merge(c.month() + c.mechanism(), c.count(), Integer::sum));
		int max = niceMax(totals.values().stream().mapToInt(Integer::intValue).max().orElse(1));
		double plotHeight = HEIGHT - TOP - BOTTOM;
		double group = (WIDTH - LEFT - 10.0) / months.size();
		double bar = group * 0.8 / codes.size();
		Map<String, Double> stacked = new LinkedHashMap<>();
		List<Segment> segments = new ArrayList<>();
		for (MonthCount c : counts) {
			String key = c.month() + c.mechanism();
			double below = stacked.getOrDefault(key, 0.0);
			double height = c.count() * plotHeight / max;
			double x = LEFT + months.indexOf(c.month()) * group + group * 0.1 + codes.indexOf(c.mechanism()) * bar;
			segments.add(new Segment(round(x), round(TOP + plotHeight - below - height), round(bar), round(height),
					c.kind(), c.mechanism(), c.month(), c.count()));
			stacked.put(key, below + height);
		}
		int every = Math.max(1, (months.size() + 5) / 6);
		List<Tick> monthTicks = new ArrayList<>();
		for (int i = 0; i < months.size(); i += every) {
			monthTicks.add(new Tick(round(LEFT + i * group + group / 2), months.get(i).toString()));
		}
		List<Tick> countTicks = new ArrayList<>();
		for (int step = 0; step <= 4; step++) {
			countTicks.add(new Tick(round(TOP + plotHeight - step * plotHeight / 4), String.valueOf(max * step / 4)));
		}
		return new Monthly(segments, monthTicks, countTicks, counts, codes, kinds, WIDTH, HEIGHT);
	}

	/** Each kind's colour, told apart also by those who see colours differently (Okabe and Ito's palette first). */
	static String colour(IncidentKind kind) {
		return switch (kind) {
			case SHOOTING -> "#D55E00";
			case ABDUCTION -> "#CC79A7";
			case DISAPPEARANCE -> "#0072B2";
			case DETENTION -> "#E69F00";
			case DAMAGE_TO_PROPERTY -> "#009E73";
			case ACCESS_TO_LAND_OR_WATER -> "#56B4E9";
			case FENCES_OR_SIGNS -> "#F0E442";
			case CROSSING_OF_THE_LINE -> "#999999";
			case OTHER -> "#444444";
		};
	}

	/** The top of the count axis: the largest bar rounded up to a multiple of 4 (so that its quarters are whole). */
	static int niceMax(int largest) {
		return Math.max(4, (largest + 3) / 4 * 4);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}
}
