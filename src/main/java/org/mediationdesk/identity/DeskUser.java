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
	private final boolean paused;
	private String passwordHash;

	DeskUser(Viewer viewer, String passwordHash, boolean enabled, Instant loginsValidFrom) {
		this(viewer, passwordHash, enabled, loginsValidFrom, false);
	}

	/** {@code paused}: logins are paused after too many wrong passwords (Spring Security calls it locked). */
	DeskUser(Viewer viewer, String passwordHash, boolean enabled, Instant loginsValidFrom, boolean paused) {
		this.viewer = viewer;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.loginsValidFrom = loginsValidFrom;
		this.paused = paused;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !paused;
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
