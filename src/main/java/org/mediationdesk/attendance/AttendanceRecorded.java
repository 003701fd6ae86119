package org.mediationdesk.attendance;

import java.util.Locale;
import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceScoped;
import org.mediationdesk.shared.AuditableEvent;

/**
 * An attendance event was recorded in a meeting of a round (a walkout, a return, a presence …). It names the
 * group, so it is for the co-chairs, and so is its entry in the audit log; the stated reason is not part of it.
 *
 * @param eventId the attendance event appended to the record
 * @param meetingId the meeting of the round
 * @param groupId the participant group
 */
public record AttendanceRecorded(String actor, UUID eventId, AttendanceKind kind, UUID meetingId, UUID groupId,
		int roundNumber) implements AuditableEvent, AudienceScoped {

	@Override
	public String action() {
		return "attendance." + kind.name().toLowerCase(Locale.ROOT);
	}

	@Override
	public String objectType() {
		return "attendance-event";
	}

	@Override
	public String objectId() {
		return eventId.toString();
	}

	@Override
	public String detail() {
		return "round " + roundNumber;
	}

	@Override
	public Audience audience() {
		return Audience.coChairs();
	}
}
