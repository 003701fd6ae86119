package org.mediationdesk.incidents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.DeskException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register as a stream of rows, for the exports: what the list shows with the same filter (the mechanisms of
 * whose circle the viewer is, never a merged incident), latest first, one incident at a time. The rows are read
 * through a cursor ({@link #FETCH_SIZE} at a time, in a read-only transaction, so that PostgreSQL keeps the rest on
 * its side) and each is handed on as soon as its accounts are read: nothing here holds more than one incident.
 */
@Service
public class IncidentExport {

	/** How many rows the database sends at a time. */
	static final int FETCH_SIZE = 500;

	private static final String COLUMNS = "SELECT i.id, i.public_id, i.mechanism_id, i.kind, i.occurred_at,"
			+ " i.time_precision, i.place_name, i.place_precision, i.latitude, i.longitude, i.actor1, i.actor2, i.state,"
			+ " i.case_opened_at, i.case_closed_at, s.dead_low, s.dead_best, s.dead_high, s.wounded_low, s.wounded_best,"
			+ " s.wounded_high, s.detained_low, s.detained_best, s.detained_high";

	private final Mechanisms mechanisms;
	private final NamedParameterJdbcTemplate jdbc;

	IncidentExport(Mechanisms mechanisms, DataSource dataSource) {
		this.mechanisms = mechanisms;
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.jdbc = new NamedParameterJdbcTemplate(template);
	}

	/**
	 * Whether the viewer may export at all: of some mechanism's circle, or 404. Asked before the answer begins, so
	 * that a refusal is an answer of its own and not a cut-off file.
	 */
	@Transactional(readOnly = true)
	public void requireSomeRegister(Viewer viewer) {
		viewer.requireMediatorOrParticipant();
		if (mechanisms.registersOf(viewer).isEmpty()) {
			throw new DeskException.NotFound();
		}
	}

	/** Hands each incident the viewer sees, as the filter narrows them, to {@code sink}; answers how many. */
	@Transactional(readOnly = true)
	public long each(Viewer viewer, IncidentFilter filter, Consumer<IncidentRow> sink) {
		viewer.requireMediatorOrParticipant();
		Map<UUID, String> visible = mechanisms.registersOf(viewer).stream()
			.collect(Collectors.toMap(Mechanism::id, Mechanism::code));
		if (visible.isEmpty()) {
			throw new DeskException.NotFound();
		}
		IncidentFilter wanted = filter == null ? IncidentFilter.none() : filter;
		List<UUID> ids = List.copyOf(visible.keySet());
		if (wanted.mechanism() != null && !wanted.mechanism().isBlank()) {
			ids = mechanisms.find(wanted.mechanism()).map(Mechanism::id).filter(visible::containsKey).stream().toList();
		}
		if (ids.isEmpty()) {
			return 0;
		}
		IncidentWhere where = IncidentWhere.of(ids, wanted);
		Rows rows = new Rows(visible::get, sink);
		jdbc.query(COLUMNS + " FROM (SELECT *" + where.sql() + ") i LEFT JOIN incident_statement s ON s.incident = i.id"
				+ " ORDER BY i.occurred_at DESC, i.public_id DESC, s.incident_key", where.params(), rows);
		rows.end();
		return rows.count;
	}

	/** Gathers the rows of one incident (one per account) and hands it on when the next begins. */
	private static final class Rows implements RowCallbackHandler {

		private final Function<UUID, String> codes;
		private final Consumer<IncidentRow> sink;
		private final List<Casualties> figures = new ArrayList<>();
		private IncidentRow current;
		private UUID currentId;
		private long count;

		Rows(Function<UUID, String> codes, Consumer<IncidentRow> sink) {
			this.codes = codes;
			this.sink = sink;
		}

		@Override
		public void processRow(ResultSet rs) throws SQLException {
			UUID id = rs.getObject("id", UUID.class);
			if (!id.equals(currentId)) {
				end();
				currentId = id;
				current = incident(rs);
			}
			Casualties given = new Casualties(figures(rs, "dead"), figures(rs, "wounded"), figures(rs, "detained"));
			if (!given.isEmpty()) {
				figures.add(given);
			}
		}

		void end() {
			if (current == null) {
				return;
			}
			sink.accept(new IncidentRow(current.publicId(), current.mechanism(), current.year(), current.kind(),
					current.dateStart(), current.dateEnd(), current.timePrecision(), current.placeName(),
					current.placePrecision(), current.lat(), current.lon(), current.actor1(), current.actor2(),
					Casualties.mostConservative(figures), Casualties.disputed(figures), current.state(), current.openCase()));
			count++;
			current = null;
			figures.clear();
		}

		private IncidentRow incident(ResultSet rs) throws SQLException {
			LocalDate start = rs.getObject("occurred_at", OffsetDateTime.class).atZoneSameInstant(ZoneOffset.UTC)
				.toLocalDate();
			TimePrecision precision = TimePrecision.valueOf(rs.getString("time_precision"));
			return new IncidentRow(rs.getString("public_id"), codes.apply(rs.getObject("mechanism_id", UUID.class)),
					start.getYear(), IncidentKind.valueOf(rs.getString("kind")), start, precision.end(start), precision,
					rs.getString("place_name"), PlacePrecision.valueOf(rs.getString("place_precision")),
					rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class), rs.getString("actor1"),
					rs.getString("actor2"), null, false, ReviewState.valueOf(rs.getString("state")),
					rs.getObject("case_opened_at") != null && rs.getObject("case_closed_at") == null);
		}

		private static Figures figures(ResultSet rs, String count) throws SQLException {
			Integer best = rs.getObject(count + "_best", Integer.class);
			return best == null ? null
					: new Figures(rs.getObject(count + "_low", Integer.class), best, rs.getObject(count + "_high", Integer.class));
		}
	}
}
