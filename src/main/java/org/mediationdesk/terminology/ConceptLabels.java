package org.mediationdesk.terminology;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.mediationdesk.identity.ObjectLabels;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The glossary's concepts for other modules, by their code: named in Russian where the concept has a Russian name,
 * in English otherwise (the glossary keeps no Georgian names), for anyone logged in; their page is for the
 * co-chairs and secretariat, who keep the glossary.
 */
@Component
class ConceptLabels implements ObjectLabels {

	static final String CONCEPT = "glossary-concept";

	private final JdbcClient jdbc;

	ConceptLabels(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> objectTypes() {
		return Set.of(CONCEPT);
	}

	@Override
	public Map<String, Label> labels(String objectType, Set<String> ids, Viewer viewer, Locale locale) {
		Map<String, Label> labels = new HashMap<>();
		if (viewer.isAnonymous()) {
			return labels;
		}
		boolean russian = LanguageCode.ofInterface(locale) == LanguageCode.RU;
		for (List<String> batch : ObjectLabels.batches(ids)) {
			jdbc.sql("SELECT code, name_en, name_ru FROM glossary_concept WHERE code IN (:codes)")
				.param("codes", batch)
				.query((row, number) -> {
					String russianName = row.getString("name_ru");
					String name = russian && russianName != null ? russianName : row.getString("name_en");
					String code = row.getString("code");
					return Map.entry(code, new Label(name, viewer.isMediator() ? "/terminology/glossary/" + code : null));
				})
				.list()
				.forEach(entry -> labels.put(entry.getKey(), entry.getValue()));
		}
		return labels;
	}
}
