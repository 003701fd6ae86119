package org.mediationdesk.formats;

import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceScoped;
import org.mediationdesk.shared.AuditableEvent;

/**
 * A participant group stated a condition for the format of a meeting, in confidence to the co-chairs: the event
 * has the condition's audience and names its code and group, never what the condition says.
 */
public record ConditionStated(String actor, String code, UUID groupId, Audience audience)
		implements AuditableEvent, AudienceScoped {

	@Override
	public String action() {
		return "format-condition.stated";
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
