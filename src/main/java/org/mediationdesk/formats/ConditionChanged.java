package org.mediationdesk.formats;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceScoped;
import org.mediationdesk.shared.AuditableEvent;

/** A group's condition was stated or withdrawn; the audit entry has the condition's audience. */
public record ConditionChanged(String actor, String change, String code, Audience audience)
		implements AuditableEvent, AudienceScoped {

	@Override
	public String action() {
		return "format-condition." + change;
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
