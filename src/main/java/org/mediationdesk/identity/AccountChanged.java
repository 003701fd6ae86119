package org.mediationdesk.identity;

import java.util.UUID;

import org.mediationdesk.shared.AuditableEvent;
import java.util.Locale;

/**
 * Something else happened to an account than its opening ({@link AccountCreated}), disabling
 * ({@link AccountDisabled}) or a new role ({@link AccountRoleChanged}): re-enabled, password or token changed,
 * second factor enrolled or removed, recovery codes renewed or one used, invited and invitation accepted, e-mail
 * address or preferences changed.
 */
public record AccountChanged(String actor, Change change, UUID accountId, String username, String detail)
		implements AuditableEvent {

	public enum Change {
		ENABLED, PASSWORD_RESET, PASSWORD_CHANGED, TOKEN_ISSUED, TOKEN_REVOKED,
		SECOND_FACTOR_ENROLLED, SECOND_FACTOR_REMOVED, RECOVERY_CODES_RENEWED, RECOVERY_CODE_USED, INVITED,
		INVITATION_ACCEPTED, EMAIL_CHANGED, PREFERENCES_CHANGED
	}

	@Override
	public String action() {
		return "account." + change.name().toLowerCase(Locale.ROOT);
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
		return detail == null || detail.isEmpty() ? username : username + ": " + detail;
	}
}
