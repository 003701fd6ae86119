package org.mediationdesk.texts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mediationdesk.confidentiality.AccessPolicy;
import org.mediationdesk.confidentiality.SqlPredicate;
import org.mediationdesk.identity.Viewer;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A text's history, written from its events in the transaction of the change: each change with its time,
 * side and account, seen by the audience of what it concerns. It also tells how much of it a viewer has seen,
 * so that a write made on an out-of-date page can be stopped and shown what changed meanwhile.
 */
@Component
class TextHistoryLog {

	/** How many changes a page of a text's history shows. */
	static final int PAGE = 25;

	private static final String COLUMNS = "c.changed_at, c.actor, c.side, c.change_kind, c.provision_eid, c.detail";

	private final JdbcClient jdbc;
	private final AccessPolicy policy;
	private final Clock clock;

	TextHistoryLog(JdbcClient jdbc, AccessPolicy policy, Clock clock) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.clock = clock;
	}

	@EventListener
	void on(TextEvent event) {
		if (event instanceof TextEvent.TextExported) {
			return; // an export is on record in the audit log; it changes nothing in the text
		}
		jdbc.sql("INSERT INTO text_change (text_id, changed_at, actor, side, change_kind, provision_eid, detail, audience_kind,"
				+ " audience_group) VALUES (:text, :at, :actor, :side, :change, :eid, :detail, :kind, :group)")
			.param("text", event.textId())
			.param("at", Timestamp.from(clock.instant()))
			.param("actor", event.actor())
			.param("side", event.side())
			.param("change", event.change())
			.param("eid", event.provision())
			.param("detail", event.note())
			.param("kind", event.audience().kind().name())
			.param("group", event.audience().group())
			.update();
	}

	/** A page of the history as the viewer may see it, newest first. */
	TextHistory page(Viewer viewer, UUID textId, int page) {
		int from = Math.max(0, page);
		SqlPredicate visible = policy.visibleTo(viewer, "c");
		List<TextHistory.Change> items = jdbc.sql("SELECT " + COLUMNS + " FROM text_change c WHERE c.text_id = :text AND "
				+ visible.sql() + " ORDER BY c.seq DESC LIMIT :limit OFFSET :offset")
			.param("text", textId)
			.params(visible.parameters())
			.param("limit", PAGE)
			.param("offset", (long) from * PAGE)
			.query((row, n) -> change(viewer, row))
			.list();
		return new TextHistory(items, from, PAGE, seenBy(viewer, textId));
	}

	/**
	 * How many changes of the text's history the viewer may see: a number of the viewer's own, which moves only
	 * with what the viewer may see (never a sequence shared with changes hidden from them).
	 */
	long seenBy(Viewer viewer, UUID textId) {
		SqlPredicate visible = policy.visibleTo(viewer, "c");
		return jdbc.sql("SELECT COUNT(*) FROM text_change c WHERE c.text_id = :text AND " + visible.sql())
			.param("text", textId)
			.params(visible.parameters())
			.query(Long.class)
			.single();
	}

	/**
	 * The changes by others that the viewer may see, after the first {@code seen}: what overtook a page the
	 * viewer wrote on. Stances count only if {@code stancesMatter}.
	 */
	List<TextHistory.Change> since(Viewer viewer, UUID textId, long seen, boolean stancesMatter) {
		SqlPredicate visible = policy.visibleTo(viewer, "c");
		return jdbc.sql("SELECT " + COLUMNS + " FROM text_change c WHERE c.text_id = :text AND " + visible.sql()
				+ " ORDER BY c.seq OFFSET :seen ROWS")
			.param("text", textId)
			.param("seen", Math.max(0, seen))
			.params(visible.parameters())
			.query((row, n) -> Map.entry(row.getString(2), change(viewer, row)))
			.list()
			.stream()
			.filter(entry -> !entry.getKey().equals(viewer.username()))
			.map(Map.Entry::getValue)
			.filter(change -> stancesMatter || !change.change().equals("stance-stated"))
			.toList();
	}

	private static TextHistory.Change change(Viewer viewer, ResultSet row) throws SQLException {
		// which co-chair or participant made a change is for the co-chairs and secretariat; others see the side
		return new TextHistory.Change(row.getTimestamp(1).toInstant(), viewer.isMediator() ? row.getString(2) : null,
				row.getString(3), row.getString(4), row.getString(5), row.getString(6));
	}
}
