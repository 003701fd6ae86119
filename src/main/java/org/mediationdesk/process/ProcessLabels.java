package org.mediationdesk.process;

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
 * The process of talks for other modules, by its code: its name in the reader's language where it has one (Russian,
 * Georgian), in English otherwise; public. Its page (the record file's import and export) is the administrators'.
 */
@Component
class ProcessLabels implements ObjectLabels {

	static final String PROCESS = "process";

	private final JdbcClient jdbc;

	ProcessLabels(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> objectTypes() {
		return Set.of(PROCESS);
	}

	@Override
	public Map<String, Label> labels(String objectType, Set<String> ids, Viewer viewer, Locale locale) {
		LanguageCode language = LanguageCode.ofInterface(locale);
		Map<String, Label> labels = new HashMap<>();
		for (List<String> batch : ObjectLabels.batches(ids)) {
			jdbc.sql("SELECT code, name, name_ru, name_ka FROM talks_process WHERE code IN (:codes)")
				.param("codes", batch)
				.query((row, number) -> {
					String own = switch (language) {
						case RU -> row.getString("name_ru");
						case KA -> row.getString("name_ka");
						case EN -> null;
					};
					return Map.entry(row.getString("code"), new Label(own == null || own.isBlank() ? row.getString("name")
							: own, viewer.isAdmin() ? "/admin/process" : null));
				})
				.list()
				.forEach(entry -> labels.put(entry.getKey(), entry.getValue()));
		}
		return labels;
	}
}
