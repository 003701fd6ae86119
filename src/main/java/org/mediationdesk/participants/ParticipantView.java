package org.mediationdesk.participants;

import java.util.UUID;

/** A participant as the directory shows them: name and function, no status. */
public record ParticipantView(UUID id, UUID groupId, String name, String function) {
}
