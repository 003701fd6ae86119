package org.mediationdesk.texts;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceScoped;
import org.mediationdesk.shared.AuditableEvent;

/** Something happened to a negotiating text; the audit entry has the audience of what it concerns. */
public record TextChanged(String actor, String change, String symbol, String detail, Audience audience)
		implements AuditableEvent, AudienceScoped {

	@Override
	public String action() {
		return "text." + change;
	}

	@Override
	public String objectType() {
		return "negotiating-text";
	}

	@Override
	public String objectId() {
		return symbol;
	}
}
