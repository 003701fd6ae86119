package org.mediationdesk.attendance;

import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceScoped;
import org.mediationdesk.shared.AuditableEvent;

/**
 * An attendance entry was corrected: a correction, appended to the record, supersedes it. Like
 * {@link AttendanceRecorded} it names the group, so it is for the co-chairs; neither the stated reason nor the
 * reason for the correction is part of it.
 *
 * @param eventId the correction appended to the record
 * @param correctedEventId the entry it supersedes
 * @param kind what the entry says after the correction
 * @param groupId the group the entry names after the correction
 */
public record AttendanceCorrected(String actor, UUID eventId, UUID correctedEventId, AttendanceKind kind,
		UUID meetingId, UUID groupId, int roundNumber) implements AuditableEvent, AudienceScoped {

	@Override
	public String action() {
		return "attendance.corrected";
	}

	@Override
	public String objectType() {
		return "attendance-event";
	}

	@Override
	public String objectId() {
		return correctedEventId.toString();
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
