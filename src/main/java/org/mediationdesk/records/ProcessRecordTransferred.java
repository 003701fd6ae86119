package org.mediationdesk.records;

import java.util.Locale;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceScoped;
import org.mediationdesk.shared.AuditableEvent;

/**
 * A process record file was imported, or exported. That a process was imported is public; who took the
 * co-chairs' record out of the platform is for the co-chairs and secretariat.
 */
public record ProcessRecordTransferred(String actor, Direction direction, String processCode, String detail)
		implements AuditableEvent, AudienceScoped {

	public enum Direction {
		IMPORTED, EXPORTED
	}

	@Override
	public String action() {
		return "process." + direction.name().toLowerCase(Locale.ROOT);
	}

	@Override
	public String objectType() {
		return "process";
	}

	@Override
	public String objectId() {
		return processCode;
	}

	@Override
	public Audience audience() {
		return direction == Direction.IMPORTED ? Audience.everyone() : Audience.coChairs();
	}
}
