package org.mediationdesk.identity;

import java.util.UUID;

import org.springframework.security.core.AuthenticationException;

/**
 * The password was right, and the account logs in with a second factor: the login goes on at the second step
 * (a one-time code), or, for HTTP Basic, which has no second step, is refused.
 */
public class SecondFactorNeededException extends AuthenticationException {

	private static final long serialVersionUID = 1L;

	private final UUID accountId;
	private final String username;

	SecondFactorNeededException(UUID accountId, String username) {
		super("the password is right; a one-time code is needed as well");
		this.accountId = accountId;
		this.username = username;
	}

	UUID accountId() {
		return accountId;
	}

	String username() {
		return username;
	}
}
