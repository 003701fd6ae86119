package org.mediationdesk.process;

/** A meeting with the number of the round it belongs to, for lists that span rounds. */
public record DatedMeeting(int roundNumber, MeetingView meeting) {
}
