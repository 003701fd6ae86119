package org.mediationdesk.identity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
	private Instant loginsValidFrom;
	/** Opened or reset by an administrator: the holder must choose a password at the next login. */
	private boolean mustChangePassword;
	/** The shared secret of the second factor (base32), or {@code null} without one. */
	private String secondFactorSecret;
	private Instant secondFactorSince;
	/** The last time step whose code was accepted: a code is good once. */
	private Long secondFactorLastStep;
	@Version
	private Long version;

	@PersistenceCreator
	Account() {
	}

	static Account open(String username, String displayName, String passwordHash, Assignment assignment, Instant now,
			boolean mustChangePassword) {
		Account account = new Account();
		account.id = UUID.randomUUID();
		account.username = username;
		account.displayName = displayName;
		account.passwordHash = passwordHash;
		account.enabled = true;
		account.createdAt = now;
		account.loginsValidFrom = storable(now);
		account.mustChangePassword = mustChangePassword;
		account.assign(assignment);
		return account;
	}

	void assign(Assignment assignment) {
		this.role = assignment.role();
		this.institution = assignment.institution();
		this.groupId = assignment.groupId();
	}

	/** Disables the account and ends its open sessions, so that re-enabling it does not bring them back. */
	void disable(Instant now) {
		if (!enabled) {
			throw new DeskException.Conflict("account.alreadyDisabled", username);
		}
		enabled = false;
		loginsValidFrom = storable(now);
	}

	void enable() {
		if (enabled) {
			throw new DeskException.Conflict("account.alreadyEnabled", username);
		}
		enabled = true;
	}

	/** Sets a new password chosen by the holder; logins made with the old one end. */
	void changePasswordHash(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.loginsValidFrom = storable(now);
		this.mustChangePassword = false;
	}

	/**
	 * Sets a password an administrator chose (at opening or on a reset): the holder must replace it at the next
	 * login. A reset also removes the second factor, since a reset is how someone who lost it gets back in.
	 */
	void setPasswordByAdministrator(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.loginsValidFrom = storable(now);
		this.mustChangePassword = true;
		removeSecondFactor();
	}

	boolean mustChangePassword() {
		return mustChangePassword;
	}

	boolean hasSecondFactor() {
		return secondFactorSecret != null;
	}

	String secondFactorSecret() {
		return secondFactorSecret;
	}

	long secondFactorLastStep() {
		return secondFactorLastStep == null ? -1 : secondFactorLastStep;
	}

	void enrolSecondFactor(String secret, long step, Instant now) {
		if (hasSecondFactor()) {
			throw new DeskException.Conflict("secondFactor.alreadyEnrolled");
		}
		this.secondFactorSecret = secret;
		this.secondFactorSince = storable(now);
		this.secondFactorLastStep = step;
	}

	/** Records that the code of this time step was used, so that it is not accepted again. */
	void usedStep(long step) {
		this.secondFactorLastStep = step;
	}

	void removeSecondFactor() {
		this.secondFactorSecret = null;
		this.secondFactorSince = null;
		this.secondFactorLastStep = null;
	}

	Instant secondFactorSince() {
		return secondFactorSince;
	}

	/** Databases keep microseconds; a moment compared with a stored one must not carry more. */
	private static Instant storable(Instant moment) {
		return moment.truncatedTo(ChronoUnit.MICROS);
	}

	Instant loginsValidFrom() {
		return loginsValidFrom;
	}

	Viewer asViewer() {
		return new Viewer(id, username, role, institution, groupId);
	}

	AccountView view() {
		return new AccountView(id, username, displayName, role, institution, groupId, enabled, createdAt,
				mustChangePassword, hasSecondFactor());
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
