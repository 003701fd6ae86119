package org.mediationdesk.incidents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.Localized;

/**
 * A mechanism to register: its short code (the prefix of its incidents' public ids, {@code ERG}), its name and
 * theatre in each language, its facilitators, its participant groups, its hotline operator and its rhythm.
 */
public record NewMechanism(String code, Localized name, Localized theatre, List<Institution> facilitators,
		List<UUID> groups, Localized hotlineOperator, Rhythm rhythm) {

	public NewMechanism {
		facilitators = facilitators == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(facilitators));
		groups = groups == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(groups));
	}
}
