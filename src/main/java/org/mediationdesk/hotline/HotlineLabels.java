package org.mediationdesk.hotline;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.mediationdesk.identity.ObjectLabels;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.incidents.MechanismView;
import org.springframework.stereotype.Component;

/**
 * What the hotline's activations are called, for the audit log: by their subject, with the mechanism's hotline as
 * their address, and only for whoever reads them (the mechanism's circle, and before the relay the desk and the
 * sender).
 */
@Component
class HotlineLabels implements ObjectLabels {

	static final String ACTIVATION = "hotline-activation";

	private final ActivationRepository activations;
	private final HotlineCircles circles;

	HotlineLabels(ActivationRepository activations, HotlineCircles circles) {
		this.activations = activations;
		this.circles = circles;
	}

	@Override
	public Set<String> objectTypes() {
		return Set.of(ACTIVATION);
	}

	@Override
	public Map<String, Label> labels(String objectType, Set<String> ids, Viewer viewer, Locale locale) {
		Map<String, Label> labels = new HashMap<>();
		if (!ACTIVATION.equals(objectType)) {
			return labels;
		}
		Map<UUID, MechanismView> readable = circles.circles(viewer);
		Actor actor = ActivationViews.actor(viewer);
		for (List<String> batch : ObjectLabels.batches(ids)) {
			List<UUID> uuids = batch.stream().map(HotlineLabels::uuid).filter(Objects::nonNull).toList();
			activations.findAllById(uuids).stream()
				.filter(activation -> readable.containsKey(activation.mechanismId()) && activation.readBy(actor))
				.forEach(activation -> labels.put(activation.id().toString(), new Label(activation.subject(),
						"/mechanisms/" + readable.get(activation.mechanismId()).code() + "/hotline")));
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
