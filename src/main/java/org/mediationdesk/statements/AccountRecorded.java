package org.mediationdesk.statements;

import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceScoped;
import org.mediationdesk.shared.AuditableEvent;

/** An account of a round was recorded. */
public record AccountRecorded(String actor, UUID accountId, int roundNumber, Audience audience)
		implements AuditableEvent, AudienceScoped {

	@Override
	public String action() {
		return "account-of-event.recorded";
	}

	@Override
	public String objectType() {
		return "account-of-event";
	}

	@Override
	public String objectId() {
		return accountId.toString();
	}

	@Override
	public String detail() {
		return "round " + roundNumber;
	}
}
