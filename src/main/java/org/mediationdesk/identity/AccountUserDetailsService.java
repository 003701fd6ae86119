package org.mediationdesk.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Lets Spring Security check a login against the accounts. */
@Component
class AccountUserDetailsService implements UserDetailsService {

	private final AccountManagement accounts;
	private final LoginThrottle throttle;

	AccountUserDetailsService(AccountManagement accounts, LoginThrottle throttle) {
		this.accounts = accounts;
		this.throttle = throttle;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		boolean paused = throttle.isLocked(username);
		return accounts.findForLogin(username)
			.map(account -> new DeskUser(account.asViewer(), account.passwordHash(), account.enabled(),
					account.loginsValidFrom(), paused))
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
	}
}
