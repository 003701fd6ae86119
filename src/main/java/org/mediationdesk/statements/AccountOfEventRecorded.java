package org.mediationdesk.statements;

import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceScoped;
import org.mediationdesk.shared.AuditableEvent;

/**
 * An account of a round (a side's statement, a press report, the co-chairs' own) was recorded. It carries the
 * account's audience, so that whoever shows it asks the access policy; never the account's words.
 */
public record AccountOfEventRecorded(String actor, UUID accountId, int roundNumber, SourceKind sourceKind,
		Audience audience) implements AuditableEvent, AudienceScoped {

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
