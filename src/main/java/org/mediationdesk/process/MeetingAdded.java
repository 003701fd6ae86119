package org.mediationdesk.process;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A meeting was added to a round (an information session, a sideline meeting, a shuttle visit …). Who was
 * invited is for the co-chairs and is not part of this public event.
 */
public record MeetingAdded(String actor, int number, UUID meetingId, MeetingKind kind, LocalDate heldOn)
		implements RoundEvent {

	@Override
	public String action() {
		return AUDIT_PREFIX + "meeting_added";
	}

	@Override
	public String detail() {
		return kind.name();
	}
}
