package org.mediationdesk.process;

import java.time.LocalDate;
import java.util.UUID;

/** A meeting within a round. */
public record SessionView(UUID id, SessionKind kind, String topic, LocalDate heldOn, String place) {
}
