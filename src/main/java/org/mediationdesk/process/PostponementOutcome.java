package org.mediationdesk.process;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A round after its postponement, with what became of its meetings: those moved with it by as many days as the
 * round moved, and those that kept their dates (not moved when asked, or that would have fallen outside the new
 * dates: these need a look).
 */
public record PostponementOutcome(@JsonUnwrapped RoundView round, List<MeetingView> meetingsMoved,
		List<MeetingView> meetingsKeepingTheirDates) {
}
