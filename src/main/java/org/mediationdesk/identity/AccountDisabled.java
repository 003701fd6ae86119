package org.mediationdesk.identity;

import java.util.UUID;

import org.mediationdesk.shared.AuditableEvent;

/**
 * An administrator disabled an account: its open sessions ended, its tokens and feed addresses act for nobody, and
 * it is no longer told of anything, until it is enabled again ({@link AccountChanged.Change#ENABLED}).
 */
public record AccountDisabled(String actor, UUID accountId, String username) implements AuditableEvent {

	@Override
	public String action() {
		return "account.disabled";
	}

	@Override
	public String objectType() {
		return "account";
	}

	@Override
	public String objectId() {
		return accountId.toString();
	}

	@Override
	public String detail() {
		return username;
	}
}
