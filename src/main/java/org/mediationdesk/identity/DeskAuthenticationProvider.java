package org.mediationdesk.identity;

import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a password (the login form, and HTTP Basic for issuing a token) against the accounts, under the
 * login throttle: a try made while this account and address must wait is refused at once, without looking at
 * the password; a wrong password is counted; a right one clears the count. An account with a second factor is
 * not logged in by its password alone: the login goes on at the second step.
 */
@Component
class DeskAuthenticationProvider extends DaoAuthenticationProvider {

	private final LoginThrottle throttle;
	private final ApplicationEventPublisher events;

	DeskAuthenticationProvider(Logins logins, PasswordEncoder passwordEncoder, LoginThrottle throttle,
			ApplicationEventPublisher events) {
		super(username -> logins.forLogin(username).orElseThrow(() -> new UsernameNotFoundException("no such account")));
		setPasswordEncoder(passwordEncoder);
		this.throttle = throttle;
		this.events = events;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		String address = LoginSteps.address(authentication.getDetails());
		Optional<Instant> wait = throttle.waitUntil(username, address);
		if (wait.isPresent()) {
			LoginDelayedException delayed = new LoginDelayedException(wait.get());
			// Spring Security names its events by the exact exception class: this one is told here, for the audit log
			events.publishEvent(new AuthenticationFailureLockedEvent(authentication, delayed));
			throw delayed;
		}
		Authentication result;
		try {
			result = super.authenticate(authentication);
		}
		catch (BadCredentialsException wrong) {
			throttle.failed(username, address);
			throw wrong;
		}
		DeskUser user = (DeskUser) result.getPrincipal();
		if (user.secondFactor()) {
			throw new SecondFactorNeededException(user.viewer().accountId(), user.getUsername());
		}
		throttle.succeeded(username, address);
		return result;
	}
}
