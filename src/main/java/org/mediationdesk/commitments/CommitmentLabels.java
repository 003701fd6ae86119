package org.mediationdesk.commitments;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.mediationdesk.confidentiality.AccessPolicy;
import org.mediationdesk.identity.ObjectLabels;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.stereotype.Component;

/** What the commitments are called, for the audit log: their title in the reader's language, for whoever sees them. */
@Component
class CommitmentLabels implements ObjectLabels {

	static final String COMMITMENT = "commitment";

	private final CommitmentRepository commitments;
	private final AccessPolicy policy;

	CommitmentLabels(CommitmentRepository commitments, AccessPolicy policy) {
		this.commitments = commitments;
		this.policy = policy;
	}

	@Override
	public Set<String> objectTypes() {
		return Set.of(COMMITMENT);
	}

	@Override
	public Map<String, Label> labels(String objectType, Set<String> ids, Viewer viewer, Locale locale) {
		Map<String, Label> labels = new HashMap<>();
		if (!COMMITMENT.equals(objectType)) {
			return labels;
		}
		LanguageCode language = LanguageCode.ofInterface(locale);
		for (List<String> batch : ObjectLabels.batches(ids)) {
			List<UUID> uuids = batch.stream().map(CommitmentLabels::uuid).filter(Objects::nonNull).toList();
			commitments.findAllById(uuids).stream()
				.filter(commitment -> policy.maySee(viewer, commitment.audience()))
				.forEach(commitment -> labels.put(commitment.id().toString(), new Label(
						commitment.title().in(language).text(), "/commitments/" + commitment.id())));
		}
		return labels;
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}
}
