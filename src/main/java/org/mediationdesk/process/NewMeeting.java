package org.mediationdesk.process;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A meeting to add to a round: its kind, topic (for an information session or a shuttle visit), day, starting
 * time, place, co-moderators and the codes of the invited participant groups. Only the kind is required.
 */
public record NewMeeting(MeetingKind kind, String topic, LocalDate heldOn, LocalTime startsAt, String place,
		String coModerators, List<String> invitedGroups) {

	public NewMeeting {
		invitedGroups = invitedGroups == null ? List.of() : List.copyOf(invitedGroups);
	}
}
