package org.mediationdesk.incidents;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A meeting of an incident's mechanism that dealt with it, and under which standing item: its review of past
 * incidents (the incident was put on it), or the follow-up of open cases (the incident was an open case then).
 */
public record MeetingLink(UUID meetingId, String mechanismCode, MechanismMeetingKind kind, Integer number,
		LocalDate heldOn, MeetingOutcome outcome, StandingItem item) {
}
