package org.mediationdesk.texts;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and writes a negotiating text whole: its own row (whose version refuses the second of two writes made
 * at the same moment) and its provisions and wordings. Provisions and wordings are written as they change,
 * never deleted and re-inserted: stances refer to wordings, and a wording keeps its place in the order in which
 * it was proposed.
 */
@Component
class TextStore {

	private final NegotiatingTextRepository texts;
	private final JdbcClient jdbc;

	TextStore(NegotiatingTextRepository texts, JdbcClient jdbc) {
		this.texts = texts;
		this.jdbc = jdbc;
	}

	Optional<NegotiatingText> find(UUID id) {
		return texts.findById(id).map(this::withParts);
	}

	/** The text's own row only, without its provisions and wordings: enough to know who may see it. */
	Optional<NegotiatingText> findHeading(UUID id) {
		return texts.findById(id);
	}

	List<NegotiatingText> all() {
		return texts.findAllByOrderBySymbol().stream().map(this::withParts).toList();
	}

	boolean symbolTaken(String symbol) {
		return texts.existsBySymbol(symbol);
	}

	/** Saves the text; its version moves on even when only a stance was stated, so that writes stay in order. */
	NegotiatingText save(NegotiatingText text) {
		NegotiatingText saved = texts.save(text);
		for (Provision provision : text.allProvisions()) {
			if (provision.fresh()) {
				jdbc.sql("INSERT INTO text_provision (id, text_id, e_id, position, removed) VALUES (:id, :text, :eid,"
						+ " :position, :removed)")
					.param("id", provision.id())
					.param("text", text.id())
					.param("eid", provision.eId())
					.param("position", provision.position())
					.param("removed", provision.removed())
					.update();
			}
			else if (provision.changed()) {
				jdbc.sql("UPDATE text_provision SET position = :position, removed = :removed WHERE id = :id")
					.param("position", provision.position())
					.param("removed", provision.removed())
					.param("id", provision.id())
					.update();
			}
			provision.stored();
		}
		for (SponsoredWording wording : text.allWordings()) {
			if (wording.fresh()) {
				jdbc.sql("INSERT INTO text_wording (id, text_id, provision_eid, sponsor, text_en, text_ru, introduced_in,"
						+ " confidential, withdrawn, created_by, created_at) VALUES (:id, :text, :eid, :sponsor, :en, :ru,"
						+ " :introduced, :confidential, :withdrawn, :by, :at)")
					.param("id", wording.id())
					.param("text", text.id())
					.param("eid", wording.provision())
					.param("sponsor", wording.sponsor())
					.param("en", wording.english().text())
					.param("ru", Wording.text(wording.russian()))
					.param("introduced", wording.introducedIn())
					.param("confidential", wording.confidential())
					.param("withdrawn", wording.withdrawn())
					.param("by", wording.proposedBy())
					.param("at", Timestamp.from(wording.proposedAt()))
					.update();
			}
			else if (wording.changed()) {
				jdbc.sql("UPDATE text_wording SET text_ru = :ru, confidential = :confidential, withdrawn = :withdrawn"
						+ " WHERE id = :id")
					.param("ru", Wording.text(wording.russian()))
					.param("confidential", wording.confidential())
					.param("withdrawn", wording.withdrawn())
					.param("id", wording.id())
					.update();
			}
			for (String group : wording.newCosponsors()) {
				jdbc.sql("INSERT INTO text_cosponsor (wording_id, group_code) VALUES (:wording, :group)")
					.param("wording", wording.id())
					.param("group", group)
					.update();
			}
			wording.stored();
		}
		return saved;
	}

	private NegotiatingText withParts(NegotiatingText text) {
		List<Provision> provisions = jdbc.sql("SELECT id, e_id, position, removed FROM text_provision WHERE text_id = :text")
			.param("text", text.id())
			.query((row, n) -> new Provision(row.getObject(1, UUID.class), row.getString(2), row.getInt(3), row.getBoolean(4)))
			.list();
		Map<UUID, List<String>> cosponsors = new HashMap<>();
		jdbc.sql("SELECT c.wording_id, c.group_code FROM text_cosponsor c JOIN text_wording w ON w.id = c.wording_id"
				+ " WHERE w.text_id = :text ORDER BY c.group_code")
			.param("text", text.id())
			.query((row, n) -> Map.entry(row.getObject(1, UUID.class), row.getString(2)))
			.list()
			.forEach(entry -> cosponsors.computeIfAbsent(entry.getKey(), id -> new ArrayList<>()).add(entry.getValue()));
		List<SponsoredWording> wordings = jdbc.sql("SELECT id, provision_eid, sponsor, text_en, text_ru, introduced_in,"
				+ " confidential, withdrawn, created_by, created_at FROM text_wording WHERE text_id = :text ORDER BY seq")
			.param("text", text.id())
			.query((row, n) -> {
				UUID id = row.getObject(1, UUID.class);
				String russian = row.getString(5);
				return new SponsoredWording(id, row.getString(2), row.getString(3), cosponsors.getOrDefault(id, List.of()),
						new Wording(row.getString(4)), russian == null ? null : new Wording(russian), row.getInt(6),
						row.getBoolean(7), row.getBoolean(8), row.getString(9), row.getTimestamp(10).toInstant());
			})
			.list();
		text.attach(provisions, wordings);
		return text;
	}
}
