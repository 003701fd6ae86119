package org.mediationdesk.identity;

import java.util.UUID;

import org.mediationdesk.shared.AuditableEvent;

/**
 * An account was opened: by an administrator (its holder is invited to choose a password), or at first start by the
 * system.
 *
 * @param actor who opened it, {@code "system"} at first start
 * @param assignment the role it was opened with (and its institution or group)
 */
public record AccountCreated(String actor, UUID accountId, String username, Assignment assignment)
		implements AuditableEvent {

	@Override
	public String action() {
		return "account.created";
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
		return username + ": " + assignment.role().name();
	}
}
