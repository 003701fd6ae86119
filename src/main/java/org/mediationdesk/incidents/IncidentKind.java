package org.mediationdesk.incidents;

import java.util.Collection;
import java.util.Comparator;

/**
 * What happened, in a gravity order: an incident with several kinds (a shooting with a detention) counts once,
 * under the gravest ({@link #gravest}), so that nothing is counted twice. The order follows the harm to people
 * first (shooting, abduction, disappearance, detention), then to property and access, then to the line itself.
 */
public enum IncidentKind {
	SHOOTING(1), ABDUCTION(2), DISAPPEARANCE(3), DETENTION(4), DAMAGE_TO_PROPERTY(5), ACCESS_TO_LAND_OR_WATER(6),
	FENCES_OR_SIGNS(7), CROSSING_OF_THE_LINE(8), OTHER(9);

	private final int gravity;

	IncidentKind(int gravity) {
		this.gravity = gravity;
	}

	/** 1 is the gravest. */
	public int gravity() {
		return gravity;
	}

	/** The kind an incident of all these kinds counts under. */
	public static IncidentKind gravest(Collection<IncidentKind> kinds) {
		return kinds.stream().min(Comparator.comparingInt(IncidentKind::gravity)).orElse(OTHER);
	}
}
