package org.mediationdesk.texts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stances stated on a text's wordings: appended, never changed, in the order recorded; a group's last
 * stance on a wording is its stance, whatever the clocks said.
 */
@Component
class StanceLog {

	private final JdbcClient jdbc;

	StanceLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void append(UUID textId, UUID wording, String group, StanceKind kind, String comment, String by, Instant at) {
		jdbc.sql("INSERT INTO text_stance (id, text_id, wording_id, group_code, stance, comment, stated_by, stated_at)"
				+ " VALUES (:id, :text, :wording, :group, :stance, :comment, :by, :at)")
			.param("id", UUID.randomUUID())
			.param("text", textId)
			.param("wording", wording)
			.param("group", group)
			.param("stance", kind.name())
			.param("comment", comment)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** The text's stances and what follows from them, over its provisions and the wordings being negotiated. */
	StanceMatrix matrix(NegotiatingText text) {
		List<StanceMatrix.Stance> stances = jdbc.sql("SELECT wording_id, group_code, stance, comment, stated_at"
				+ " FROM text_stance WHERE text_id = :text ORDER BY seq")
			.param("text", text.id())
			.query((row, n) -> new StanceMatrix.Stance(row.getObject(1, UUID.class), row.getString(2),
					StanceKind.valueOf(row.getString(3)), row.getString(4), row.getTimestamp(5).toInstant()))
			.list();
		return StanceMatrix.of(text.requiredGroups(), text.provisions().stream().map(Provision::eId).toList(),
				text.wordings().stream()
					.map(wording -> new StanceMatrix.Entry(wording.id(), wording.provision(), !wording.confidential()))
					.toList(),
				stances, text.revealedAt());
	}
}
