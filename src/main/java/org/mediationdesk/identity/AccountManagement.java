package org.mediationdesk.identity;

import org.mediationdesk.shared.SingleLine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.mediationdesk.identity.AccountChanged.Change;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.shared.PublicAddress;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and API tokens. Every method that manages other people's accounts requires an administrator
 * and answers "not found" to anyone else, so the existence of the administration is not confirmed.
 */
@Service
public class AccountManagement {

	public static final int MIN_PASSWORD_LENGTH = 12;
	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");
	/** An address with one {@code @}, a dot in its domain, and no spaces: what a person types, checked by sending. */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

	private final AccountRepository accounts;
	private final ApiTokenRepository tokens;
	private final PasswordEncoder passwordEncoder;
	private final GroupDirectory groups;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final LoginThrottle throttle;
	private final RecoveryCodes recoveryCodes;
	private final boolean requireSecondFactor;
	private final AccountInvitationRepository invitations;
	private final ObjectProvider<OutgoingMail> mail;
	private final MessageSource messages;
	private final PublicAddress publicAddress;
	private final Duration invitationValidity;

	AccountManagement(AccountRepository accounts, ApiTokenRepository tokens, PasswordEncoder passwordEncoder,
			GroupDirectory groups, ApplicationEventPublisher events, Clock clock, LoginThrottle throttle,
			RecoveryCodes recoveryCodes,
			@Value("${mediationdesk.security.require-second-factor:false}") boolean requireSecondFactor,
			AccountInvitationRepository invitations, ObjectProvider<OutgoingMail> mail, MessageSource messages,
			PublicAddress publicAddress,
			@Value("${mediationdesk.invitations.valid-for:PT72H}") Duration invitationValidity) {
		this.invitations = invitations;
		this.mail = mail;
		this.messages = messages;
		this.publicAddress = publicAddress;
		this.invitationValidity = invitationValidity;
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.groups = groups;
		this.events = events;
		this.clock = clock;
		this.throttle = throttle;
		this.recoveryCodes = recoveryCodes;
		this.requireSecondFactor = requireSecondFactor;
	}

	@Transactional(readOnly = true)
	public List<AccountView> list(Viewer viewer) {
		requireAdmin(viewer);
		return accounts.findAllByOrderByUsername().stream().map(Account::view).toList();
	}

	@Transactional(readOnly = true)
	public AccountView get(Viewer viewer, UUID id) {
		requireAdmin(viewer);
		return load(id).view();
	}

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
		requireAdmin(viewer);
		String email = validEmail(command.email(), null);
		String name = validUsername(command.username());
		String display = validDisplayName(command.displayName());
		requireKnownGroup(command.assignment());
		LanguageCode language = command.language() == null ? LanguageCode.EN : command.language();
		Account account = accounts.save(Account.invite(name, display, email,
				passwordEncoder.encode(Secrets.randomInvitationToken()), command.assignment(), language,
				clock.instant()));
		events.publishEvent(new AccountChanged(viewer.username(), Change.CREATED, account.id(), account.username(),
				command.assignment().role().name()));
		return invite(viewer, account);
	}

	/**
	 * A new invitation for an account still waiting for its holder's password (the first one expired, or never
	 * arrived); earlier links stop working.
	 */
	@Transactional
	public CreatedAccount reinvite(Viewer viewer, UUID id) {
		requireAdmin(viewer);
		Account account = load(id);
		if (!account.awaitingPassword()) {
			throw new DeskException.Conflict("invitation.notAwaiting", account.username());
		}
		if (!account.enabled()) {
			throw new DeskException.Conflict("invitation.disabled", account.username());
		}
		return invite(viewer, account);
	}

	/** Sets or removes an account's e-mail address; it must be valid and not another account's. */
	@Transactional
	public void changeEmail(Viewer viewer, UUID id, String email) {
		requireAdmin(viewer);
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
		Account account = accounts.findById(requireLoggedIn(viewer)).orElseThrow(DeskException.NotFound::new);
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

	/** An open invitation's account, for the page that sets the password; empty if unknown, used or expired. */
	@Transactional(readOnly = true)
	public Optional<InvitationView> invitation(String token) {
		return openInvitation(token).flatMap(invitation -> accounts.findById(invitation.accountId()))
			.map(account -> new InvitationView(account.username(), account.displayName()));
	}

	/**
	 * Sets the password of an invited account through its link, under the same rules as every password; the link
	 * is used up. An unknown, used or expired link is not found.
	 */
	@Transactional
	public void acceptInvitation(String token, String password) {
		AccountInvitation invitation = openInvitation(token).orElseThrow(DeskException.NotFound::new);
		Account account = accounts.findById(invitation.accountId())
			.filter(Account::enabled)
			.orElseThrow(DeskException.NotFound::new);
		requireStrongPassword(account.username(), password);
		invitation.close(clock.instant());
		invitations.save(invitation);
		account.acceptInvitation(passwordEncoder.encode(password), clock.instant());
		accounts.save(account);
		events.publishEvent(new AccountChanged(account.username(), Change.INVITATION_ACCEPTED, account.id(),
				account.username(), ""));
	}

	private Optional<AccountInvitation> openInvitation(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return invitations.findByTokenHash(Secrets.hashToken(token))
			.filter(invitation -> invitation.open(clock.instant()));
	}

	private CreatedAccount invite(Viewer viewer, Account account) {
		Instant now = clock.instant();
		for (AccountInvitation earlier : invitations.findByAccountId(account.id())) {
			if (earlier.open(now)) {
				earlier.close(now);
				invitations.save(earlier);
			}
		}
		String token = Secrets.randomInvitationToken();
		AccountInvitation invitation = invitations.save(AccountInvitation.issue(account.id(), Secrets.hashToken(token), now,
				now.plus(invitationValidity)));
		String link = publicAddress.of("/invitations/" + token);
		OutgoingMail outgoing = mail.getIfAvailable();
		boolean mailed = account.email() != null && outgoing != null && outgoing.available();
		if (mailed) {
			Locale locale = account.preferredLanguage().locale();
			String subject = messages.getMessage("invitation.mail.subject", null, locale);
			String body = messages.getMessage("invitation.mail.body", new Object[] { account.displayName(),
					account.username(), link, invitationValidity.toHours() }, locale);
			outgoing.queue(account.email(), subject, body);
		}
		events.publishEvent(new AccountChanged(viewer.username(), Change.INVITED, account.id(), account.username(),
				mailed ? "by e-mail" : "link handed over"));
		return new CreatedAccount(account.view(), mailed ? null : link, mailed, invitation.expiresAt());
	}

	private String validEmail(String email, UUID owner) {
		String address = email == null ? "" : SingleLine.clean(email).strip().toLowerCase(Locale.ROOT);
		if (address.isEmpty()) {
			return null;
		}
		if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
			throw new DeskException.Invalid("account.emailInvalid");
		}
		accounts.findByEmail(address).filter(other -> !other.id().equals(owner)).ifPresent(other -> {
			throw new DeskException.Conflict("account.emailTaken", address);
		});
		return address;
	}

	@Transactional
	public void disable(Viewer viewer, UUID id) {
		requireAdmin(viewer);
		Account account = load(id);
		if (account.id().equals(viewer.accountId())) {
			throw new DeskException.Invalid("account.cannotDisableSelf");
		}
		account.disable(clock.instant());
		accounts.save(account);
		events.publishEvent(new AccountChanged(viewer.username(), Change.DISABLED, id, account.username(), ""));
	}

	@Transactional
	public void enable(Viewer viewer, UUID id) {
		requireAdmin(viewer);
		Account account = load(id);
		account.enable();
		accounts.save(account);
		events.publishEvent(new AccountChanged(viewer.username(), Change.ENABLED, id, account.username(), ""));
	}

	@Transactional
	public void assign(Viewer viewer, UUID id, Assignment assignment) {
		requireAdmin(viewer);
		Account account = load(id);
		if (account.id().equals(viewer.accountId()) && assignment.role() != Role.ADMIN) {
			throw new DeskException.Invalid("account.cannotDemoteSelf");
		}
		requireKnownGroup(assignment);
		account.assign(assignment);
		accounts.save(account);
		events.publishEvent(new AccountChanged(viewer.username(), Change.ROLE_ASSIGNED, id, account.username(),
				assignment.role().name()));
	}

	/**
	 * Sets a new random password and returns it: the administrator passes it on, it is not shown again. A
	 * reset usually means the old password is no longer trusted, so the account's open sessions end and its
	 * API tokens are revoked; its holder must choose a new password at the next login. It also removes the
	 * account's second factor and recovery codes: a reset is how someone who lost their authenticator gets back
	 * in (and enrols again, where the role requires it).
	 */
	@Transactional
	public String resetPassword(Viewer viewer, UUID id) {
		requireAdmin(viewer);
		Account account = load(id);
		if (account.id().equals(viewer.accountId())) {
			throw new DeskException.Invalid("account.cannotResetOwnPassword");
		}
		String password = Secrets.randomPassword();
		account.setPasswordByAdministrator(passwordEncoder.encode(password), clock.instant());
		accounts.save(account);
		recoveryCodes.remove(id);
		for (AccountInvitation invitation : invitations.findByAccountId(id)) {
			if (invitation.open(clock.instant())) {
				invitation.close(clock.instant());
				invitations.save(invitation);
			}
		}
		for (ApiToken token : tokens.findByAccountIdOrderByCreatedAtDesc(id)) {
			if (token.active()) {
				token.revoke(clock.instant());
				tokens.save(token);
			}
		}
		events.publishEvent(new AccountChanged(viewer.username(), Change.PASSWORD_RESET, id, account.username(), ""));
		return password;
	}

	/** Changes the viewer's own password; returns the moment from which only logins with it count. */
	@Transactional
	public Instant changeOwnPassword(Viewer viewer, String currentPassword, String newPassword) {
		Account account = accounts.findById(requireLoggedIn(viewer)).orElseThrow(DeskException.NotFound::new);
		if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
			throw new DeskException.Invalid("password.currentWrong");
		}
		requireStrongPassword(account.username(), newPassword);
		account.changePasswordHash(passwordEncoder.encode(newPassword), clock.instant());
		accounts.save(account);
		events.publishEvent(new AccountChanged(viewer.username(), Change.PASSWORD_CHANGED, account.id(),
				account.username(), ""));
		return account.loginsValidFrom();
	}

	@Transactional
	public IssuedToken issueToken(Viewer viewer, String name) {
		UUID accountId = requireLoggedIn(viewer);
		accounts.findById(accountId).ifPresent(account -> {
			// a token must not be a way round the first-login password change or a required second factor
			switch (gate(account)) {
				case CHANGE_PASSWORD -> throw new DeskException.Conflict("token.changePasswordFirst");
				case ENROL_SECOND_FACTOR -> throw new DeskException.Conflict("token.enrolSecondFactorFirst");
				case NONE -> {
				}
			}
		});
		String label = name == null ? "" : SingleLine.clean(name).strip();
		if (label.isEmpty() || label.length() > 80) {
			throw new DeskException.Invalid("token.nameInvalid", 80);
		}
		String secret = Secrets.randomToken();
		ApiToken token = tokens.save(ApiToken.issue(accountId, label, Secrets.hashToken(secret), clock.instant()));
		events.publishEvent(new AccountChanged(viewer.username(), Change.TOKEN_ISSUED, accountId, viewer.username(),
				label));
		return new IssuedToken(token.id(), label, secret);
	}

	@Transactional(readOnly = true)
	public List<TokenView> tokens(Viewer viewer) {
		UUID accountId = requireLoggedIn(viewer);
		return tokens.findByAccountIdOrderByCreatedAtDesc(accountId).stream().map(ApiToken::view).toList();
	}

	@Transactional
	public void revokeToken(Viewer viewer, UUID tokenId) {
		UUID accountId = requireLoggedIn(viewer);
		ApiToken token = tokens.findById(tokenId)
			.filter(candidate -> candidate.accountId().equals(accountId))
			.orElseThrow(DeskException.NotFound::new);
		token.revoke(clock.instant());
		tokens.save(token);
		events.publishEvent(new AccountChanged(viewer.username(), Change.TOKEN_REVOKED, accountId, viewer.username(),
				token.view().name()));
	}

	/** The viewer a bearer token stands for, if the token is known, not revoked, and its account enabled. */
	@Transactional(readOnly = true)
	public Optional<Viewer> authenticateToken(String secret) {
		if (secret == null || !secret.startsWith(Secrets.TOKEN_PREFIX)) {
			return Optional.empty();
		}
		return tokens.findByTokenHash(Secrets.hashToken(secret))
			.filter(ApiToken::active)
			.flatMap(token -> accounts.findById(token.accountId()))
			.filter(Account::enabled)
			.map(Account::asViewer);
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
			.filter(account -> gate(account) == DeskUser.Gate.NONE)
			.map(Account::asViewer);
	}

	/**
	 * The logged-in user as their account stands now: empty if the account was disabled or its password
	 * changed since this login; otherwise with the current role and group.
	 */
	@Transactional(readOnly = true)
	Optional<DeskUser> refreshed(DeskUser user) {
		return accounts.findById(user.viewer().accountId())
			.filter(Account::enabled)
			.filter(account -> account.loginsValidFrom().equals(user.loginsValidFrom()))
			.map(account -> {
				DeskUser now = user(account, null);
				return now.viewer().equals(user.viewer()) && now.gate() == user.gate()
						&& now.secondFactor() == user.secondFactor() ? user : now;
			});
	}

	/** The logged-in user for an account as it stands, with its password hash while logging in. */
	DeskUser user(Account account, String passwordHash) {
		return new DeskUser(account.asViewer(), passwordHash, account.enabled(), account.loginsValidFrom(),
				gate(account), account.hasSecondFactor());
	}

	/** The logged-in user of a viewer's account as it stands now (after they changed something of their own). */
	@Transactional(readOnly = true)
	DeskUser currentUser(Viewer viewer) {
		return user(accounts.findById(requireLoggedIn(viewer)).orElseThrow(DeskException.NotFound::new), null);
	}

	/** Whether the second factor is required of this role here: administrators and co-chairs, where it is on. */
	boolean secondFactorRequired(Role role) {
		return requireSecondFactor && (role == Role.ADMIN || role == Role.CO_CHAIR);
	}

	private DeskUser.Gate gate(Account account) {
		if (account.mustChangePassword()) {
			return DeskUser.Gate.CHANGE_PASSWORD;
		}
		if (secondFactorRequired(account.role()) && !account.hasSecondFactor()) {
			return DeskUser.Gate.ENROL_SECOND_FACTOR;
		}
		return DeskUser.Gate.NONE;
	}

	/*
	 * The second factor: time-based one-time codes (RFC 6238) and recovery codes.
	 */

	/** What the second-factor page shows of the viewer's account. */
	public record SecondFactorStatus(boolean enrolled, Instant since, int recoveryCodesLeft, boolean required) {
	}

	/** A secret offered for enrolment, with the address and QR code that carry it to an authenticator app. */
	record Enrolment(String secret, String address, String qrImage) {
	}

	@Transactional(readOnly = true)
	SecondFactorStatus secondFactor(Viewer viewer) {
		Account account = accounts.findById(requireLoggedIn(viewer)).orElseThrow(DeskException.NotFound::new);
		return new SecondFactorStatus(account.hasSecondFactor(), account.secondFactorSince(),
				account.hasSecondFactor() ? recoveryCodes.remaining(account.id()) : 0,
				secondFactorRequired(account.role()));
	}

	/** A new secret for the viewer to enrol (kept by the caller until confirmed with a code; nothing is stored). */
	Enrolment offerEnrolment(Viewer viewer, String secret) {
		String chosen = secret == null ? OneTimeCodes.newSecret() : secret;
		String address = OneTimeCodes.enrolmentAddress(viewer.username(), chosen);
		return new Enrolment(chosen, address, OneTimeCodes.qrImage(address));
	}

	/**
	 * Enrols the second factor with a secret offered earlier, once a code from the app proves it was taken up;
	 * returns the recovery codes, shown this once.
	 */
	@Transactional
	List<String> enrol(Viewer viewer, String secret, String code) {
		Account account = accounts.findById(requireLoggedIn(viewer)).orElseThrow(DeskException.NotFound::new);
		if (account.hasSecondFactor()) {
			throw new DeskException.Conflict("secondFactor.alreadyEnrolled");
		}
		long step = OneTimeCodes.matchingStep(secret, code, clock.instant(), -1)
			.orElseThrow(() -> new DeskException.Invalid("secondFactor.codeWrong"));
		account.enrolSecondFactor(secret, step, clock.instant());
		accounts.save(account);
		List<String> codes = recoveryCodes.renew(account.id());
		events.publishEvent(new AccountChanged(viewer.username(), Change.SECOND_FACTOR_ENROLLED, account.id(),
				account.username(), ""));
		return codes;
	}

	/** Removes the viewer's second factor, on a current code; refused where the role requires one. */
	@Transactional(noRollbackFor = DeskException.Invalid.class)
	void removeSecondFactor(Viewer viewer, String code, String address) {
		Account account = accounts.findById(requireLoggedIn(viewer)).orElseThrow(DeskException.NotFound::new);
		if (!account.hasSecondFactor()) {
			throw new DeskException.Conflict("secondFactor.notEnrolled");
		}
		if (secondFactorRequired(account.role())) {
			throw new DeskException.Invalid("secondFactor.requiredForRole");
		}
		requireCode(account, code, address);
		account.removeSecondFactor();
		accounts.save(account);
		recoveryCodes.remove(account.id());
		events.publishEvent(new AccountChanged(viewer.username(), Change.SECOND_FACTOR_REMOVED, account.id(),
				account.username(), ""));
	}

	/** New recovery codes for the viewer, on a current code; the old ones stop working. */
	@Transactional(noRollbackFor = DeskException.Invalid.class)
	List<String> renewRecoveryCodes(Viewer viewer, String code, String address) {
		Account account = accounts.findById(requireLoggedIn(viewer)).orElseThrow(DeskException.NotFound::new);
		if (!account.hasSecondFactor()) {
			throw new DeskException.Conflict("secondFactor.notEnrolled");
		}
		requireCode(account, code, address);
		accounts.save(account);
		List<String> codes = recoveryCodes.renew(account.id());
		events.publishEvent(new AccountChanged(viewer.username(), Change.RECOVERY_CODES_RENEWED, account.id(),
				account.username(), ""));
		return codes;
	}

	/**
	 * A current code for a change to the second factor itself, under the same throttle as the login's second
	 * step: whoever holds a session but not the phone cannot guess their way to removing the factor. A refusal
	 * changes nothing but the throttle's count (the callers do not roll it back).
	 */
	private void requireCode(Account account, String code, String address) {
		Optional<Instant> wait = throttle.waitUntil(account.username(), address);
		if (wait.isPresent()) {
			throw new DeskException.Invalid("secondFactor.delayed", SecondStepController.TIME.format(wait.get()));
		}
		var step = OneTimeCodes.matchingStep(account.secondFactorSecret(), code, clock.instant(),
				account.secondFactorLastStep());
		if (step.isEmpty()) {
			throttle.failed(account.username(), address);
			throw new DeskException.Invalid("secondFactor.codeWrong");
		}
		account.usedStep(step.getAsLong());
	}

	/**
	 * The second step of a login: the password was right, and this is the code from the authenticator app or a
	 * recovery code. Refused at once, without looking at the code, while this account and address must wait
	 * (the same throttle as for passwords); a wrong code counts as a failure there.
	 */
	@Transactional(noRollbackFor = WrongCodeException.class)
	DeskUser secondStep(UUID accountId, String code, String address) {
		Account account = accounts.findById(accountId)
			.filter(Account::enabled)
			.filter(Account::hasSecondFactor)
			.orElseThrow(() -> new WrongCodeException(false));
		Optional<Instant> wait = throttle.waitUntil(account.username(), address);
		if (wait.isPresent()) {
			throw new LoginDelayedException(wait.get());
		}
		var step = OneTimeCodes.matchingStep(account.secondFactorSecret(), code, clock.instant(),
				account.secondFactorLastStep());
		if (step.isPresent()) {
			account.usedStep(step.getAsLong());
			accounts.save(account);
		}
		else if (recoveryCodes.use(accountId, code)) {
			events.publishEvent(new AccountChanged(account.username(), Change.RECOVERY_CODE_USED, account.id(),
					account.username(), recoveryCodes.remaining(accountId) + " left"));
		}
		else {
			throttle.failed(account.username(), address);
			throw new WrongCodeException(true);
		}
		throttle.succeeded(account.username(), address);
		return user(account, null);
	}

	/** The account for a login with a password, as Spring Security checks it. */
	@Transactional(readOnly = true)
	Optional<DeskUser> forLogin(String username) {
		// an invited account has no password of its holder's yet: it cannot log in until one is chosen
		return accounts.findByUsername(normalise(username))
			.filter(account -> !account.awaitingPassword())
			.map(account -> user(account, account.passwordHash()));
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
		String password = presetPassword == null || presetPassword.isBlank() ? Secrets.randomPassword() : presetPassword;
		Account account = open(username, displayName, password, assignment, false);
		events.publishEvent(new AccountChanged("system", Change.CREATED, account.id(), account.username(),
				assignment.role().name()));
		return password;
	}

	private Account open(String username, String displayName, String password, Assignment assignment,
			boolean mustChangePassword) {
		String name = validUsername(username);
		String display = validDisplayName(displayName);
		requireKnownGroup(assignment);
		return accounts.save(Account.open(name, display, passwordEncoder.encode(password), assignment, clock.instant(),
				mustChangePassword));
	}

	private String validUsername(String username) {
		String name = normalise(username);
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
		if (display.isEmpty() || display.length() > 100) {
			throw new DeskException.Invalid("account.displayNameInvalid", 100);
		}
		return display;
	}

	private void requireKnownGroup(Assignment assignment) {
		if (assignment.groupId() != null && groups.find(assignment.groupId()).isEmpty()) {
			throw new DeskException.Invalid("account.groupUnknown");
		}
	}

	private static void requireStrongPassword(String username, String password) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > 128) {
			throw new DeskException.Invalid("password.tooShort", MIN_PASSWORD_LENGTH);
		}
		if (password.toLowerCase(Locale.ROOT).contains(username)) {
			throw new DeskException.Invalid("password.containsUsername");
		}
	}

	private Account load(UUID id) {
		return accounts.findById(id).orElseThrow(DeskException.NotFound::new);
	}

	private static void requireAdmin(Viewer viewer) {
		if (!viewer.isAdmin()) {
			throw new DeskException.NotFound();
		}
	}

	private static UUID requireLoggedIn(Viewer viewer) {
		if (viewer.isAnonymous()) {
			throw new DeskException.NotFound();
		}
		return viewer.accountId();
	}

	private static String normalise(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}
}
