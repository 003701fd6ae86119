package org.mediationdesk.process;

import java.util.List;
import java.util.UUID;

import org.mediationdesk.shared.Localized;

/**
 * A process of talks as everyone may read it. {@code equalTreatment}: the codes of the participant groups the
 * process declares must be invited and seated alike in every meeting. {@code names}, {@code venues} and
 * {@code mandates}: its public texts in every language of the interface.
 */
public record ProcessView(UUID id, String code, String name, String nameRu, String venue, String mandate,
		List<String> equalTreatment, Localized names, Localized venues, Localized mandates) {
}
