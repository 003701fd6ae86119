package org.mediationdesk.statements;

import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceScoped;
import org.mediationdesk.shared.AuditableEvent;

/**
 * A source's account of a round (a side's statement, a press report, the co-chairs' own) was recorded: a
 * {@link Statement}, so called in the code to keep it apart from a login account. It carries the statement's
 * audience, so that whoever shows it asks the access policy; never its words. Its action and object names in the audit
 * log are those it had when it was called an account of the event: they are written into the hash chain and do not
 * change.
 */
public record StatementRecorded(String actor, UUID statementId, int roundNumber, SourceKind sourceKind,
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
		return statementId.toString();
	}

	@Override
	public String detail() {
		return "round " + roundNumber;
	}
}
