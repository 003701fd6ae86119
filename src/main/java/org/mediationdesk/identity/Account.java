package org.mediationdesk.identity;

import java.time.Instant;
import java.util.UUID;

import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** A person's login with exactly one role. */
class Account {

	@Id
	private UUID id;
	private String username;
	private String displayName;
	private String passwordHash;
	private Role role;
	private Institution institution;
	private UUID groupId;
	private boolean enabled;
	private Instant createdAt;
	private Instant passwordChangedAt;
	@Version
	private Long version;

	@PersistenceCreator
	Account() {
	}

	static Account open(String username, String displayName, String passwordHash, Assignment assignment, Instant now) {
		Account account = new Account();
		account.id = UUID.randomUUID();
		account.username = username;
		account.displayName = displayName;
		account.passwordHash = passwordHash;
		account.enabled = true;
		account.createdAt = now;
		account.passwordChangedAt = now;
		account.assign(assignment);
		return account;
	}

	void assign(Assignment assignment) {
		this.role = assignment.role();
		this.institution = assignment.institution();
		this.groupId = assignment.groupId();
	}

	void disable() {
		if (!enabled) {
			throw new DeskException.Conflict("account.alreadyDisabled", username);
		}
		enabled = false;
	}

	void enable() {
		if (enabled) {
			throw new DeskException.Conflict("account.alreadyEnabled", username);
		}
		enabled = true;
	}

	void changePasswordHash(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.passwordChangedAt = now;
	}

	Instant passwordChangedAt() {
		return passwordChangedAt;
	}

	Viewer asViewer() {
		return new Viewer(id, username, role, institution, groupId);
	}

	AccountView view() {
		return new AccountView(id, username, displayName, role, institution, groupId, enabled, createdAt);
	}

	UUID id() {
		return id;
	}

	String username() {
		return username;
	}

	String passwordHash() {
		return passwordHash;
	}

	boolean enabled() {
		return enabled;
	}

	Role role() {
		return role;
	}
}
