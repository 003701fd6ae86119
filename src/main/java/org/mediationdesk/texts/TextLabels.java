package org.mediationdesk.texts;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.mediationdesk.confidentiality.AccessPolicy;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceKind;
import org.mediationdesk.identity.ObjectLabels;
import org.mediationdesk.identity.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import java.util.Objects;

/**
 * Negotiating texts for other modules, named by their symbol (as their events name them), with their page: for the
 * co-chairs, the secretariat and the participants who may see the text now (a private draft is the co-chairs'
 * alone). Nobody else reads texts, so nobody else is told what a symbol stands for.
 */
@Component
class TextLabels implements ObjectLabels {

	static final String TEXT = "negotiating-text";

	private final JdbcClient jdbc;
	private final AccessPolicy policy;

	TextLabels(JdbcClient jdbc, AccessPolicy policy) {
		this.jdbc = jdbc;
		this.policy = policy;
	}

	@Override
	public Set<String> objectTypes() {
		return Set.of(TEXT);
	}

	@Override
	public Map<String, Label> labels(String objectType, Set<String> ids, Viewer viewer, Locale locale) {
		Map<String, Label> labels = new HashMap<>();
		if (!viewer.isMediator() && !viewer.isParticipant()) {
			return labels;
		}
		for (List<String> batch : ObjectLabels.batches(ids)) {
			jdbc.sql("SELECT id, symbol, audience_kind, audience_group, private_draft FROM negotiating_text"
					+ " WHERE symbol IN (:symbols)")
				.param("symbols", batch)
				.query((row, number) -> {
					Audience audience = row.getBoolean("private_draft") ? Audience.coChairs()
							: new Audience(AudienceKind.valueOf(row.getString("audience_kind")),
									row.getObject("audience_group", UUID.class));
					return policy.maySee(viewer, audience) ? Map.entry(row.getString("symbol"),
							new Label(row.getString("symbol"), "/texts/" + row.getObject("id", UUID.class))) : null;
				})
				.list()
				.stream()
				.filter(Objects::nonNull)
				.forEach(entry -> labels.put(entry.getKey(), entry.getValue()));
		}
		return labels;
	}
}
