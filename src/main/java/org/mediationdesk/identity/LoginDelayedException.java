package org.mediationdesk.identity;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/**
 * A login tried too early after failures from the same address: refused at once, without looking at the
 * password or code, with the moment from which the next try is taken.
 */
public class LoginDelayedException extends LockedException {

	private static final long serialVersionUID = 1L;

	private final Instant retryAt;

	LoginDelayedException(Instant retryAt) {
		super("too many failed logins from this address; try again after " + retryAt);
		this.retryAt = retryAt;
	}

	/** From when the next try is taken. */
	public Instant retryAt() {
		return retryAt;
	}
}
