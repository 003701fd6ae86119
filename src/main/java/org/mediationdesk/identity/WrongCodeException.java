package org.mediationdesk.identity;

import org.springframework.security.authentication.BadCredentialsException;

/** A wrong one-time or recovery code at the second step of a login. */
public class WrongCodeException extends BadCredentialsException {

	private static final long serialVersionUID = 1L;

	/** Whether it was counted by the throttle (false: the login it belonged to no longer stands). */
	private final boolean counted;

	WrongCodeException(boolean counted) {
		super("the one-time code is wrong");
		this.counted = counted;
	}

	boolean counted() {
		return counted;
	}
}
