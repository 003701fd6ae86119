package org.mediationdesk.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.mediationdesk.identity.AccountChanged.Change;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.shared.SingleLine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: opened, changed, disabled and enabled again, assigned a role, their passwords reset by an administrator;
 * and each holder's own profile (password, language, e-mail). Every method that manages other people's accounts
 * requires an administrator and answers "not found" to anyone else, so the existence of the administration is not
 * confirmed. Invitations, API tokens and the second factor have facades of their own ({@link Invitations},
 * {@link ApiTokens}, {@link SecondFactor}).
 */
@Service
public class AccountManagement {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");
	/** An address with one {@code @}, a dot in its domain, and no spaces: what a person types, checked by sending. */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
	private static final int MAX_DISPLAY_NAME = 100;
	private static final int MAX_EMAIL = 254;

	private final AccountRepository accounts;
	private final PasswordEncoder passwordEncoder;
	private final GroupDirectory groups;
	private final Invitations invitations;
	private final ApiTokens tokens;
	private final RecoveryCodes recoveryCodes;
	private final Logins logins;
	private final ObjectProvider<OutgoingMail> mail;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	AccountManagement(AccountRepository accounts, PasswordEncoder passwordEncoder, GroupDirectory groups,
			Invitations invitations, ApiTokens tokens, RecoveryCodes recoveryCodes, Logins logins,
			ObjectProvider<OutgoingMail> mail, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.groups = groups;
		this.invitations = invitations;
		this.tokens = tokens;
		this.recoveryCodes = recoveryCodes;
		this.logins = logins;
		this.mail = mail;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<AccountView> list(Viewer viewer) {
		viewer.requireAdmin();
		return accounts.findAllByOrderByUsername().stream().map(Account::view).toList();
	}

	@Transactional(readOnly = true)
	public AccountView get(Viewer viewer, UUID id) {
		viewer.requireAdmin();
		return load(id).view();
	}

	/** The viewer's own account; empty for the public. */
	@Transactional(readOnly = true)
	public Optional<AccountView> self(Viewer viewer) {
		if (viewer.isAnonymous()) {
			return Optional.empty();
		}
		return accounts.findById(viewer.accountId()).map(Account::view);
	}

	/**
	 * Opens an account by invitation: nobody chooses or sees a password for it; its holder chooses one through the
	 * invitation's one-time link, sent to the account's address where e-mail is sent here, or else returned to be
	 * shown to the administrator once. The account cannot log in before.
	 */
	@Transactional
	public CreatedAccount create(Viewer viewer, NewAccount command) {
		viewer.requireAdmin();
		String email = validEmail(command.email(), null);
		String name = validUsername(command.username());
		String display = validDisplayName(command.displayName());
		requireKnownGroup(command.assignment());
		LanguageCode language = command.language() == null ? LanguageCode.EN : command.language();
		// a password hash of a secret that nobody is told: the login refuses the account until the invitation is used
		String unknowable = passwordEncoder.encode(HashedSecret.issue("").secret());
		Account account = accounts.save(Account.invite(name, display, email, unknowable, command.assignment(),
				language, clock.instant()));
		events.publishEvent(new AccountCreated(viewer.username(), account.id(), account.username(),
				command.assignment()));
		return invitations.invite(viewer, account);
	}

	/** Sets or removes an account's e-mail address; it must be valid and not another account's. */
	@Transactional
	public void changeEmail(Viewer viewer, UUID id, String email) {
		viewer.requireAdmin();
		Account account = load(id);
		String address = validEmail(email, account.id());
		account.changeEmail(address);
		accounts.save(account);
		events.publishEvent(new AccountChanged(viewer.username(), Change.EMAIL_CHANGED, id, account.username(),
				address == null ? "" : address));
	}

	/** The holder's own language for what is sent to them, and whether notifications also come by e-mail. */
	@Transactional
	public void choosePreferences(Viewer viewer, LanguageCode language, EmailNotifications notifications) {
		viewer.requireLoggedIn();
		Account account = load(viewer.accountId());
		if (language == null || notifications == null) {
			throw new DeskException.Invalid("preferences.invalid");
		}
		account.choosePreferences(language, notifications);
		accounts.save(account);
		events.publishEvent(new AccountChanged(viewer.username(), Change.PREFERENCES_CHANGED, account.id(),
				account.username(), language.name() + " " + notifications.name()));
	}

	/** Whether e-mail goes out from this installation (an SMTP server is configured). */
	public boolean mailAvailable() {
		OutgoingMail outgoing = mail.getIfAvailable();
		return outgoing != null && outgoing.available();
	}

	/**
	 * Everyone who may be told of something: the enabled accounts that can log in, as viewers, with how to reach
	 * them. Whoever tells them must still ask the access policy, per recipient, whether they may see it.
	 */
	@Transactional(readOnly = true)
	public List<Recipient> recipients() {
		return accounts.findAllByOrderByUsername().stream()
			.filter(Account::enabled)
			.filter(account -> !account.awaitingPassword())
			.map(account -> new Recipient(account.asViewer(), account.displayName(), account.email(),
					account.preferredLanguage(), account.emailNotifications() == EmailNotifications.EACH))
			.toList();
	}

	@Transactional
	public void disable(Viewer viewer, UUID id) {
		viewer.requireAdmin();
		Account account = load(id);
		if (account.id().equals(viewer.accountId())) {
			throw new DeskException.Invalid("account.cannotDisableSelf");
		}
		account.disable(clock.instant());
		accounts.save(account);
		events.publishEvent(new AccountDisabled(viewer.username(), id, account.username()));
	}

	@Transactional
	public void enable(Viewer viewer, UUID id) {
		viewer.requireAdmin();
		Account account = load(id);
		account.enable();
		accounts.save(account);
		events.publishEvent(new AccountChanged(viewer.username(), Change.ENABLED, id, account.username(), ""));
	}

	@Transactional
	public void assign(Viewer viewer, UUID id, Assignment assignment) {
		viewer.requireAdmin();
		Account account = load(id);
		if (account.id().equals(viewer.accountId()) && assignment.role() != Role.ADMIN) {
			throw new DeskException.Invalid("account.cannotDemoteSelf");
		}
		requireKnownGroup(assignment);
		Assignment previous = account.assignment();
		account.assign(assignment);
		accounts.save(account);
		events.publishEvent(new AccountRoleChanged(viewer.username(), id, account.username(), previous, assignment));
	}

	/**
	 * Sets a new random password and returns it: the administrator passes it on, it is not shown again. A
	 * reset usually means the old password is no longer trusted, so the account's open sessions end, its open
	 * invitations end and its API tokens are revoked; its holder must choose a new password at the next login. It
	 * also removes the account's second factor and recovery codes: a reset is how someone who lost their
	 * authenticator gets back in (and enrols again, where the role requires it).
	 */
	@Transactional
	public String resetPassword(Viewer viewer, UUID id) {
		viewer.requireAdmin();
		Account account = load(id);
		if (account.id().equals(viewer.accountId())) {
			throw new DeskException.Invalid("account.cannotResetOwnPassword");
		}
		String password = Passwords.random();
		Instant now = clock.instant();
		account.setPasswordByAdministrator(passwordEncoder.encode(password), now);
		accounts.save(account);
		recoveryCodes.remove(id);
		invitations.endOpen(id, now);
		tokens.revokeAll(id, now);
		events.publishEvent(new AccountChanged(viewer.username(), Change.PASSWORD_RESET, id, account.username(), ""));
		return password;
	}

	/** Changes the viewer's own password; returns the moment from which only logins with it count. */
	@Transactional
	public Instant changeOwnPassword(Viewer viewer, String currentPassword, String newPassword) {
		viewer.requireLoggedIn();
		Account account = load(viewer.accountId());
		if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
			throw new DeskException.Invalid("password.currentWrong");
		}
		Passwords.requireStrong(account.username(), newPassword);
		account.changePasswordHash(passwordEncoder.encode(newPassword), clock.instant());
		accounts.save(account);
		events.publishEvent(new AccountChanged(viewer.username(), Change.PASSWORD_CHANGED, account.id(),
				account.username(), ""));
		return account.loginsValidFrom();
	}

	/**
	 * The viewer an account stands for now, for something that acts for it without a login (a personal feed
	 * address): empty if the account is unknown, disabled, or held until its holder chooses a password or turns on
	 * a required second factor.
	 */
	@Transactional(readOnly = true)
	public Optional<Viewer> activeViewer(UUID accountId) {
		return accounts.findById(accountId)
			.filter(Account::enabled)
			.filter(account -> logins.gate(account) == DeskUser.Gate.NONE)
			.map(Account::asViewer);
	}

	/** The logged-in user as their account stands now (see {@link AccountRefreshFilter}). */
	Optional<DeskUser> refreshed(DeskUser user) {
		return logins.refreshed(user);
	}

	@Transactional(readOnly = true)
	public boolean hasAdministrator() {
		return accounts.existsByRole(Role.ADMIN);
	}

	/**
	 * Opens an account at first start (the administrator, or an evaluation account), outside any viewer's
	 * authority. Returns the password it was given.
	 */
	@Transactional
	public String openAtFirstStart(String username, String displayName, Assignment assignment, String presetPassword) {
		String password = presetPassword == null || presetPassword.isBlank() ? Passwords.random() : presetPassword;
		String name = validUsername(username);
		String display = validDisplayName(displayName);
		requireKnownGroup(assignment);
		Account account = accounts.save(Account.open(name, display, passwordEncoder.encode(password), assignment,
				clock.instant(), false));
		events.publishEvent(new AccountCreated("system", account.id(), account.username(), assignment));
		return password;
	}

	private String validUsername(String username) {
		String name = Logins.normalise(username);
		if (!USERNAME.matcher(name).matches()) {
			throw new DeskException.Invalid("account.usernameInvalid");
		}
		if (accounts.findByUsername(name).isPresent()) {
			throw new DeskException.Conflict("account.usernameTaken", name);
		}
		return name;
	}

	private static String validDisplayName(String displayName) {
		String display = displayName == null ? "" : SingleLine.clean(displayName).strip();
		if (display.isEmpty() || display.length() > MAX_DISPLAY_NAME) {
			throw new DeskException.Invalid("account.displayNameInvalid", MAX_DISPLAY_NAME);
		}
		return display;
	}

	private String validEmail(String email, UUID owner) {
		String address = email == null ? "" : SingleLine.clean(email).strip().toLowerCase(Locale.ROOT);
		if (address.isEmpty()) {
			return null;
		}
		if (address.length() > MAX_EMAIL || !EMAIL.matcher(address).matches()) {
			throw new DeskException.Invalid("account.emailInvalid");
		}
		accounts.findByEmail(address).filter(other -> !other.id().equals(owner)).ifPresent(other -> {
			throw new DeskException.Conflict("account.emailTaken", address);
		});
		return address;
	}

	private void requireKnownGroup(Assignment assignment) {
		if (assignment.groupId() != null && groups.find(assignment.groupId()).isEmpty()) {
			throw new DeskException.Invalid("account.groupUnknown");
		}
	}

	private Account load(UUID id) {
		return accounts.findById(id).orElseThrow(DeskException.NotFound::new);
	}
}
