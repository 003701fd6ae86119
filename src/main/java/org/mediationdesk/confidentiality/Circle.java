package org.mediationdesk.confidentiality;

import java.util.Set;
import java.util.UUID;

/**
 * A closed circle: some named participant groups together with the co-chairs and secretariat, as an incident
 * mechanism's register and its meetings' internals are seen by its participant groups, its facilitators (who are
 * the co-chairs' institutions) and the co-chairs. Unlike an {@link Audience} it is not stored with an object: the
 * object's owner (a mechanism) holds the groups, and asks the access policy
 * ({@code AccessPolicy.maySee(viewer, circle)}).
 *
 * @param groups the participant groups of the circle
 */
public record Circle(Set<UUID> groups) {

	public Circle {
		groups = groups == null ? Set.of() : Set.copyOf(groups);
	}
}
