package org.mediationdesk.commitments;

import java.util.List;

/**
 * Who made a commitment or was asked to: participant groups (by code), the co-chairs, an incident mechanism (by
 * code). At least one of them.
 */
public record Makers(List<String> groups, boolean coChairs, String mechanism) {

	public Makers {
		groups = groups == null ? List.of() : List.copyOf(groups);
		mechanism = mechanism == null || mechanism.isBlank() ? null : mechanism.strip();
	}

	/** Whether it names nobody. */
	public boolean none() {
		return groups.isEmpty() && !coChairs && mechanism == null;
	}
}
