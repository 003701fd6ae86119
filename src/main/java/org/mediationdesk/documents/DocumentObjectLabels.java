package org.mediationdesk.documents;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.mediationdesk.confidentiality.AccessPolicy;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceKind;
import org.mediationdesk.confidentiality.CurrentAudiences;
import org.mediationdesk.identity.ObjectLabels;
import org.mediationdesk.identity.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Documents for other modules: each by its symbol, with its page, for whoever may see it as its audience is now;
 * and that audience itself, for the audit log, which shows a document's history under it.
 */
@Component
class DocumentObjectLabels implements ObjectLabels, CurrentAudiences {

	static final String DOCUMENT = "document";

	private final JdbcClient jdbc;
	private final AccessPolicy policy;

	DocumentObjectLabels(JdbcClient jdbc, AccessPolicy policy) {
		this.jdbc = jdbc;
		this.policy = policy;
	}

	@Override
	public Set<String> objectTypes() {
		return Set.of(DOCUMENT);
	}

	@Override
	public String objectType() {
		return DOCUMENT;
	}

	@Override
	public Map<String, Label> labels(String objectType, Set<String> ids, Viewer viewer, Locale locale) {
		Map<String, Label> labels = new HashMap<>();
		read(ids).forEach((id, row) -> {
			if (policy.maySee(viewer, row.audience())) {
				labels.put(id, new Label(row.symbol(), "/documents/" + id));
			}
		});
		return labels;
	}

	@Override
	public Map<String, Audience> audiences(Set<String> ids) {
		Map<String, Audience> audiences = new HashMap<>();
		read(ids).forEach((id, row) -> audiences.put(id, row.audience()));
		return audiences;
	}

	private record Row(String symbol, Audience audience) {
	}

	private Map<String, Row> read(Set<String> ids) {
		Map<String, Row> rows = new HashMap<>();
		List<UUID> uuids = ids.stream().map(DocumentObjectLabels::uuid).filter(Objects::nonNull).toList();
		for (List<UUID> batch : ObjectLabels.batches(uuids)) {
			jdbc.sql("SELECT id, symbol, audience_kind, audience_group FROM document WHERE id IN (:ids)")
				.param("ids", batch)
				.query((row, number) -> Map.entry(row.getObject("id", UUID.class).toString(),
						new Row(row.getString("symbol"), new Audience(AudienceKind.valueOf(row.getString("audience_kind")),
								row.getObject("audience_group", UUID.class)))))
				.list()
				.forEach(entry -> rows.put(entry.getKey(), entry.getValue()));
		}
		return rows;
	}

	private static UUID uuid(String value) {
		try {
			return value == null ? null : UUID.fromString(value);
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}
}
