package org.mediationdesk.identity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
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
	/** The shared secret of the second factor, encrypted ({@code SecondFactorKeys}), or {@code null} without one. */
	private String secondFactorSecret;
	private Instant secondFactorSince;
	/** The last time step whose code was accepted: a code is good once. */
	private Long secondFactorLastStep;
	/** Where notifications and invitations are sent, {@code null} without one; unique among accounts. */
	private String email;
	/** The language of what is sent to the holder (e-mail, notifications). */
	private LanguageCode preferredLanguage;
	private EmailNotifications emailNotifications;
	/** Opened by invitation and no password chosen yet: no login is possible until it is. */
	private boolean awaitingPassword;
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
		account.preferredLanguage = LanguageCode.EN;
		account.emailNotifications = EmailNotifications.NONE;
		account.assign(assignment);
		return account;
	}

	/**
	 * Opens an account whose holder chooses the password through an invitation's link; until then the account has
	 * a password hash of a secret nobody was told, and the login refuses it anyway.
	 */
	static Account invite(String username, String displayName, String email, String unknowableHash,
			Assignment assignment, LanguageCode language, Instant now) {
		Account account = open(username, displayName, unknowableHash, assignment, now, false);
		account.email = email;
		account.preferredLanguage = language;
		account.awaitingPassword = true;
		return account;
	}

	/**
	 * Whether an invitation may be sent for this account: only while it waits for its holder's password, and not
	 * while disabled.
	 */
	void requireInvitable() {
		if (!awaitingPassword) {
			throw new DeskException.Conflict("invitation.notAwaiting", username);
		}
		if (!enabled) {
			throw new DeskException.Conflict("invitation.disabled", username);
		}
	}

	/** The holder chose a password through an invitation: from now on they log in with it. */
	void acceptInvitation(String newHash, Instant now) {
		if (!enabled) {
			throw new DeskException.NotFound();
		}
		if (!awaitingPassword) {
			throw new DeskException.Conflict("invitation.notAwaiting", username);
		}
		this.passwordHash = newHash;
		this.loginsValidFrom = storable(now);
		this.mustChangePassword = false;
		this.awaitingPassword = false;
	}

	/** Sets or removes the e-mail address (an administrator's change). */
	void changeEmail(String email) {
		this.email = email;
	}

	/** The holder's own choice of language and of e-mail for notifications. */
	void choosePreferences(LanguageCode language, EmailNotifications notifications) {
		this.preferredLanguage = language;
		this.emailNotifications = notifications;
	}

	boolean awaitingPassword() {
		return awaitingPassword;
	}

	String email() {
		return email;
	}

	LanguageCode preferredLanguage() {
		return preferredLanguage == null ? LanguageCode.EN : preferredLanguage;
	}

	EmailNotifications emailNotifications() {
		return emailNotifications == null ? EmailNotifications.NONE : emailNotifications;
	}

	String displayName() {
		return displayName;
	}

	Assignment assignment() {
		return new Assignment(role, institution, groupId);
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
		// a password handed over by the administrator replaces a pending invitation
		this.awaitingPassword = false;
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
				mustChangePassword, hasSecondFactor(), email, preferredLanguage(), emailNotifications(), awaitingPassword);
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
