package org.mediationdesk.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in person as Spring Security holds them: a viewer and, until login completes, the hash. */
public final class DeskUser implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	private final Viewer viewer;
	private final boolean enabled;
	private final Instant loginsValidFrom;
	private final Gate gate;
	private final boolean secondFactor;
	private String passwordHash;

	/** What the holder must do before any other page: nothing, choose a password, or enrol a second factor. */
	enum Gate {
		NONE, CHANGE_PASSWORD, ENROL_SECOND_FACTOR
	}

	DeskUser(Viewer viewer, String passwordHash, boolean enabled, Instant loginsValidFrom, Gate gate,
			boolean secondFactor) {
		this.viewer = viewer;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.loginsValidFrom = loginsValidFrom;
		this.gate = gate;
		this.secondFactor = secondFactor;
	}

	Gate gate() {
		return gate;
	}

	/** Whether the account logs in with a second factor. */
	boolean secondFactor() {
		return secondFactor;
	}

	/** The account's logins-valid-from moment when this login was made: a later one ends the session. */
	Instant loginsValidFrom() {
		return loginsValidFrom;
	}

	public Viewer viewer() {
		return viewer;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(viewer.role().authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return viewer.username();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}
}
