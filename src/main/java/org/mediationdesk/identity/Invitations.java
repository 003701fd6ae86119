package org.mediationdesk.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.mediationdesk.identity.AccountChanged.Change;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.PublicAddress;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations by one-time link: how the holder of an account that an administrator opened chooses their password.
 * The link goes out by e-mail where e-mail is sent here, or else is shown to the administrator once to hand over;
 * it works once and until it expires ({@code mediationdesk.invitations.valid-for}), and a newer one ends it.
 */
@Service
public class Invitations {

	private final AccountRepository accounts;
	private final AccountInvitationRepository invitations;
	private final PasswordEncoder passwordEncoder;
	private final ObjectProvider<OutgoingMail> mail;
	private final MessageSource messages;
	private final PublicAddress publicAddress;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Duration validity;

	Invitations(AccountRepository accounts, AccountInvitationRepository invitations, PasswordEncoder passwordEncoder,
			ObjectProvider<OutgoingMail> mail, MessageSource messages, PublicAddress publicAddress,
			ApplicationEventPublisher events, Clock clock, IdentityProperties properties) {
		this.accounts = accounts;
		this.invitations = invitations;
		this.passwordEncoder = passwordEncoder;
		this.mail = mail;
		this.messages = messages;
		this.publicAddress = publicAddress;
		this.events = events;
		this.clock = clock;
		this.validity = properties.invitations().validFor();
	}

	/**
	 * A new invitation for an account still waiting for its holder's password (the first one expired, or never
	 * arrived); earlier links stop working.
	 */
	@Transactional
	public CreatedAccount reinvite(Viewer viewer, UUID accountId) {
		viewer.requireAdmin();
		Account account = accounts.findById(accountId).orElseThrow(DeskException.NotFound::new);
		account.requireInvitable();
		return invite(viewer, account);
	}

	/** An open invitation's account, for the page that sets the password; empty if unknown, used or expired. */
	@Transactional(readOnly = true)
	public Optional<InvitationView> find(String secret) {
		return open(secret).flatMap(invitation -> accounts.findById(invitation.accountId()))
			.map(account -> new InvitationView(account.username(), account.displayName()));
	}

	/**
	 * Sets the password of an invited account through its link, under the same rules as every password; the link
	 * is used up. An unknown, used or expired link is not found.
	 */
	@Transactional
	public void accept(String secret, String password) {
		AccountInvitation invitation = open(secret).orElseThrow(DeskException.NotFound::new);
		Account account = accounts.findById(invitation.accountId())
			.filter(Account::enabled)
			.orElseThrow(DeskException.NotFound::new);
		Passwords.requireStrong(account.username(), password);
		Instant now = clock.instant();
		invitation.accept(now);
		invitations.save(invitation);
		account.acceptInvitation(passwordEncoder.encode(password), now);
		accounts.save(account);
		events.publishEvent(new AccountChanged(account.username(), Change.INVITATION_ACCEPTED, account.id(),
				account.username(), ""));
	}

	/**
	 * Sends a new invitation for an account the caller has just opened or checked (in its transaction), ending
	 * the earlier ones: by e-mail where it can, or else as a link for the administrator to hand over.
	 */
	CreatedAccount invite(Viewer viewer, Account account) {
		Instant now = clock.instant();
		endOpen(account.id(), now);
		HashedSecret.Issued secret = HashedSecret.issue("");
		AccountInvitation invitation = invitations.save(
				AccountInvitation.issue(account.id(), secret.hashed(), now, now.plus(validity)));
		String link = publicAddress.of("/invitations/" + secret.secret());
		OutgoingMail outgoing = mail.getIfAvailable();
		boolean mailed = account.email() != null && outgoing != null && outgoing.available();
		if (mailed) {
			Locale locale = account.preferredLanguage().locale();
			String subject = messages.getMessage("invitation.mail.subject", null, locale);
			String body = messages.getMessage("invitation.mail.body", new Object[] { account.displayName(),
					account.username(), link, validity.toHours() }, locale);
			outgoing.queue(account.email(), subject, body);
		}
		events.publishEvent(new AccountChanged(viewer.username(), Change.INVITED, account.id(), account.username(),
				mailed ? "by e-mail" : "link handed over"));
		return new CreatedAccount(account.view(), mailed ? null : link, mailed, invitation.expiresAt());
	}

	/** Ends an account's open invitations (a newer one replaces them, or a password was handed over). */
	void endOpen(UUID accountId, Instant now) {
		for (AccountInvitation earlier : invitations.findByAccountId(accountId)) {
			if (earlier.open(now)) {
				earlier.end(now);
				invitations.save(earlier);
			}
		}
	}

	private Optional<AccountInvitation> open(String secret) {
		Instant now = clock.instant();
		return HashedSecret.presented("", secret)
			.flatMap(hashed -> invitations.findByTokenHash(hashed.hash()))
			.filter(invitation -> invitation.openFor(secret, now));
	}
}
