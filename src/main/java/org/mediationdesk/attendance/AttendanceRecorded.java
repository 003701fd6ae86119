package org.mediationdesk.attendance;

import java.util.Locale;
import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceScoped;
import org.mediationdesk.shared.AuditableEvent;

/**
 * An attendance event was recorded (a walkout, a return, a presence …). The attributed record is for the
 * co-chairs, and so is this entry of the audit log.
 */
public record AttendanceRecorded(String actor, UUID eventId, int roundNumber, AttendanceKind kind)
		implements AuditableEvent, AudienceScoped {

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
