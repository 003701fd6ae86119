package org.mediationdesk.formats;

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
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import java.util.Objects;

/**
 * The groups' attendance conditions for other modules, by their code. A condition is named by the group that
 * stated it, in the reader's language (the caller words the rest: "the condition of …"), and only to whoever may
 * see it: it is confided to the co-chairs. Never by what it says.
 */
@Component
class ConditionLabels implements ObjectLabels {

	static final String CONDITION = "format-condition";

	private final JdbcClient jdbc;
	private final AccessPolicy policy;
	private final ParticipantDirectory directory;

	ConditionLabels(JdbcClient jdbc, AccessPolicy policy, ParticipantDirectory directory) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.directory = directory;
	}

	@Override
	public Set<String> objectTypes() {
		return Set.of(CONDITION);
	}

	@Override
	public Map<String, Label> labels(String objectType, Set<String> ids, Viewer viewer, Locale locale) {
		LanguageCode language = LanguageCode.ofInterface(locale);
		Map<String, UUID> statedBy = new HashMap<>();
		for (List<String> batch : ObjectLabels.batches(ids)) {
			jdbc.sql("SELECT code, group_id, audience_kind, audience_group FROM format_condition WHERE code IN (:codes)")
				.param("codes", batch)
				.query((row, number) -> policy.maySee(viewer, new Audience(AudienceKind.valueOf(row.getString("audience_kind")),
						row.getObject("audience_group", UUID.class)))
						? Map.entry(row.getString("code"), row.getObject("group_id", UUID.class)) : null)
				.list()
				.stream()
				.filter(Objects::nonNull)
				.forEach(stated -> statedBy.put(stated.getKey(), stated.getValue()));
		}
		Map<String, Label> labels = new HashMap<>();
		if (!statedBy.isEmpty()) {
			Map<UUID, GroupView> groups = new HashMap<>();
			directory.allGroups().forEach(group -> groups.put(group.id(), group));
			statedBy.forEach((code, group) -> {
				if (groups.containsKey(group)) {
					labels.put(code, new Label(groups.get(group).label(language), null));
				}
			});
		}
		return labels;
	}
}
