package org.mediationdesk.process;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A meeting in which nothing was recorded yet was removed from its round by the co-chairs or secretariat
 * (added by mistake, or no longer to take place).
 */
public record MeetingRemoved(String actor, int number, UUID meetingId, MeetingKind kind, LocalDate heldOn)
		implements RoundEvent {

	@Override
	public String action() {
		return AUDIT_PREFIX + "meeting_removed";
	}

	@Override
	public String detail() {
		return kind.name();
	}
}
