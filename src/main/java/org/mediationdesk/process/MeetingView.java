package org.mediationdesk.process;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A meeting within a round.
 *
 * @param invitedGroups the codes of the participant groups invited to it; empty where the record does not say
 */
public record MeetingView(UUID id, MeetingKind kind, String topic, LocalDate heldOn, LocalTime startsAt,
		String place, String coModerators, List<String> invitedGroups) {
}
