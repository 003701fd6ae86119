package org.mediationdesk.process;

import java.util.List;
import java.util.UUID;

/**
 * A process of talks as everyone may read it. {@code equalTreatment}: the codes of the participant groups the
 * process declares must be invited and seated alike in every meeting.
 */
public record ProcessView(UUID id, String code, String name, String nameRu, String venue, String mandate,
		List<String> equalTreatment) {
}
