package org.mediationdesk.texts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The revisions of each text, as circulated. A snapshot is stored as JSON beside its format's number and read
 * back by the reader of that format: the first snapshots (format 1) were the text's view as it was then shown,
 * with "alternatives" where provisions now have wordings.
 */
@Component
class Revisions {

	private final JdbcClient jdbc;
	private final JsonMapper json;

	Revisions(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void store(UUID textId, int number, LocalDate circulatedOn, RevisionSnapshot snapshot) {
		jdbc.sql("INSERT INTO text_revision (text_id, number, circulated_on, snapshot, snapshot_format) VALUES (:text,"
				+ " :number, :on, :snapshot, :format)")
			.param("text", textId)
			.param("number", number)
			.param("on", circulatedOn)
			.param("snapshot", json.writeValueAsString(snapshot))
			.param("format", snapshot.format())
			.update();
	}

	/** The numbers of the text's revisions, oldest first. */
	List<Integer> numbers(UUID textId) {
		return jdbc.sql("SELECT number FROM text_revision WHERE text_id = :text ORDER BY number")
			.param("text", textId)
			.query(Integer.class)
			.list();
	}

	Optional<RevisionSnapshot> find(UUID textId, int number) {
		return jdbc.sql("SELECT snapshot_format, snapshot FROM text_revision WHERE text_id = :text AND number = :number")
			.param("text", textId)
			.param("number", number)
			.query((row, n) -> read(row.getInt(1), row.getString(2)))
			.optional();
	}

	/** A stored snapshot, read by the reader of the format it was written in. */
	RevisionSnapshot read(int format, String stored) {
		return switch (format) {
			case 1 -> readFirstFormat(json.readTree(stored));
			case RevisionSnapshot.FORMAT -> json.readValue(stored, RevisionSnapshot.class);
			default -> throw new IllegalStateException("A revision snapshot of format " + format
					+ " is newer than this version of Mediation Desk reads; upgrade it.");
		};
	}

	/**
	 * Format 1: the text's view when circulated ({@code provisions[].alternatives[]} with {@code textEn} and
	 * {@code textRu}); fields added to the view over time may be missing from older ones.
	 */
	private static RevisionSnapshot readFirstFormat(JsonNode node) {
		List<RevisionSnapshot.ProvisionEntry> provisions = new ArrayList<>();
		for (JsonNode provision : node.path("provisions")) {
			List<RevisionSnapshot.WordingEntry> wordings = new ArrayList<>();
			for (JsonNode wording : provision.path("alternatives")) {
				if (wording.path("confidential").asBoolean(false)) {
					continue;
				}
				wordings.add(new RevisionSnapshot.WordingEntry(UUID.fromString(text(wording, "id")), text(wording, "sponsor"),
						strings(wording.path("cosponsors")), text(wording, "textEn"), text(wording, "textRu"),
						wording.path("introducedIn").asInt(0)));
			}
			String settledBy = text(provision, "settledBy");
			provisions.add(new RevisionSnapshot.ProvisionEntry(text(provision, "eId"),
					settledBy == null ? null : UUID.fromString(settledBy), wordings));
		}
		return new RevisionSnapshot(1, text(node, "symbol"), text(node, "title"), text(node, "titleRu"),
				text(node, "chapeau"), text(node, "chapeauRu"), strings(node.path("requiredGroups")), provisions);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(value -> values.add(value.asString()));
		return values;
	}
}
