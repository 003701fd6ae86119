package org.mediationdesk.identity;

import java.util.Locale;
import java.util.Optional;

import org.mediationdesk.shared.DeskException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account as a login sees it: who may log in with a password, the logged-in user as their account stands now,
 * and the step a login is held at (the first-login password change, or a second factor the role requires).
 */
@Component
class Logins {

	private final AccountRepository accounts;
	private final boolean requireSecondFactor;

	Logins(AccountRepository accounts, IdentityProperties properties) {
		this.accounts = accounts;
		this.requireSecondFactor = properties.security().requireSecondFactor();
	}

	/** The account for a login with a password, as Spring Security checks it. */
	@Transactional(readOnly = true)
	Optional<DeskUser> forLogin(String username) {
		// an invited account has no password of its holder's yet: it cannot log in until one is chosen
		return accounts.findByUsername(normalise(username))
			.filter(account -> !account.awaitingPassword())
			.map(account -> user(account, account.passwordHash()));
	}

	/**
	 * The logged-in user as their account stands now: empty if the account was disabled or its password
	 * changed since this login; otherwise with the current role and group.
	 */
	@Transactional(readOnly = true)
	Optional<DeskUser> refreshed(DeskUser user) {
		return accounts.findById(user.viewer().accountId())
			.filter(Account::enabled)
			.filter(account -> account.loginsValidFrom().equals(user.loginsValidFrom()))
			.map(account -> {
				DeskUser now = user(account, null);
				return now.viewer().equals(user.viewer()) && now.gate() == user.gate()
						&& now.secondFactor() == user.secondFactor() ? user : now;
			});
	}

	/** The logged-in user of a viewer's account as it stands now (after they changed something of their own). */
	@Transactional(readOnly = true)
	DeskUser currentUser(Viewer viewer) {
		viewer.requireLoggedIn();
		return user(accounts.findById(viewer.accountId()).orElseThrow(DeskException.NotFound::new), null);
	}

	/** The logged-in user for an account as it stands, with its password hash while logging in. */
	DeskUser user(Account account, String passwordHash) {
		return new DeskUser(account.asViewer(), passwordHash, account.enabled(), account.loginsValidFrom(),
				gate(account), account.hasSecondFactor());
	}

	/** Where a login of this account is held before it may do anything else, if anywhere. */
	DeskUser.Gate gate(Account account) {
		if (account.mustChangePassword()) {
			return DeskUser.Gate.CHANGE_PASSWORD;
		}
		if (secondFactorRequired(account.role()) && !account.hasSecondFactor()) {
			return DeskUser.Gate.ENROL_SECOND_FACTOR;
		}
		return DeskUser.Gate.NONE;
	}

	/** Whether the second factor is required of this role here: administrators and co-chairs, where it is on. */
	boolean secondFactorRequired(Role role) {
		return requireSecondFactor && (role == Role.ADMIN || role == Role.CO_CHAIR);
	}

	static String normalise(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}
}
