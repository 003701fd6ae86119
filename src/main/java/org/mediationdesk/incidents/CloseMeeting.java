package org.mediationdesk.incidents;

import java.time.LocalDate;

import org.mediationdesk.shared.Localized;

/** How a meeting ended: its outcome, the next date set at the close, and the facilitators' public statement. */
public record CloseMeeting(MeetingOutcome outcome, LocalDate nextOn, Localized statement, String source) {
}
