package org.mediationdesk.process;

import java.util.UUID;

/** A process of talks as everyone may read it. */
public record ProcessView(UUID id, String code, String name, String nameRu, String venue, String mandate) {
}
