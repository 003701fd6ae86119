package org.mediationdesk.identity;

import java.util.UUID;

import org.mediationdesk.shared.AuditableEvent;

/**
 * An administrator assigned an account another role, or the same role with another institution or group: from the
 * holder's next page on they see what the new assignment lets them see.
 *
 * @param previous the assignment before
 * @param assignment the assignment now
 */
public record AccountRoleChanged(String actor, UUID accountId, String username, Assignment previous,
		Assignment assignment) implements AuditableEvent {

	@Override
	public String action() {
		return "account.role_assigned";
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
