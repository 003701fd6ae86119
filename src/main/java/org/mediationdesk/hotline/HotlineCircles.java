package org.mediationdesk.hotline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.incidents.MechanismView;
import org.mediationdesk.incidents.Mechanisms;
import org.mediationdesk.shared.DeskException;
import org.springframework.stereotype.Component;

/**
 * The mechanisms as the hotline needs them, through the incidents module's facade: a hotline and its log are its
 * mechanism's circle's (its participant groups, the co-chairs and secretariat), and for anyone else do not exist.
 */
@Component
class HotlineCircles {

	private final Mechanisms mechanisms;

	HotlineCircles(Mechanisms mechanisms) {
		this.mechanisms = mechanisms;
	}

	/** A mechanism whose circle the viewer is of; 404 otherwise. */
	MechanismView mechanism(Viewer viewer, String idOrCode) {
		MechanismView mechanism = mechanisms.mechanism(viewer, idOrCode);
		if (!mechanism.inCircle()) {
			throw new DeskException.NotFound();
		}
		return mechanism;
	}

	/** The mechanisms of whose circle the viewer is, by id. */
	Map<UUID, MechanismView> circles(Viewer viewer) {
		return mechanisms.list(viewer).stream().filter(MechanismView::inCircle)
			.collect(Collectors.toMap(MechanismView::id, Function.identity()));
	}

	/** Every mechanism, by id, whoever reads it (what a mechanism is, is public). */
	Map<UUID, MechanismView> all() {
		return mechanisms.list(Viewer.anonymous()).stream()
			.collect(Collectors.toMap(MechanismView::id, Function.identity()));
	}

	Optional<MechanismView> inCircle(Viewer viewer, UUID mechanism) {
		return Optional.ofNullable(circles(viewer).get(mechanism));
	}

	static List<UUID> groups(MechanismView mechanism) {
		return mechanism.groups().stream().map(group -> group.id()).toList();
	}
}
