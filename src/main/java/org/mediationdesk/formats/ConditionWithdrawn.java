package org.mediationdesk.formats;

import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceScoped;
import org.mediationdesk.shared.AuditableEvent;

/** A group's condition was withdrawn (it is kept, marked withdrawn); the event has the condition's audience. */
public record ConditionWithdrawn(String actor, String code, UUID groupId, Audience audience)
		implements AuditableEvent, AudienceScoped {

	@Override
	public String action() {
		return "format-condition.withdrawn";
	}

	@Override
	public String objectType() {
		return "format-condition";
	}

	@Override
	public String objectId() {
		return code;
	}
}
