package org.mediationdesk.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.mediationdesk.identity.AccountChanged.Change;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.SingleLine;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: each logged-in holder issues, lists and revokes their own; a token acts with its holder's
 * role and sees what they see, for as long as neither the token is revoked nor the account disabled.
 */
@Service
public class ApiTokens {

	private static final int MAX_NAME_LENGTH = 80;

	private final ApiTokenRepository tokens;
	private final AccountRepository accounts;
	private final Logins logins;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ApiTokens(ApiTokenRepository tokens, AccountRepository accounts, Logins logins, ApplicationEventPublisher events,
			Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.logins = logins;
		this.events = events;
		this.clock = clock;
	}

	/** Issues a token for the viewer; its secret is in the answer and nowhere else. */
	@Transactional
	public IssuedToken issue(Viewer viewer, String name) {
		viewer.requireLoggedIn();
		UUID accountId = viewer.accountId();
		accounts.findById(accountId).ifPresent(account -> {
			// a token must not be a way round the first-login password change or a required second factor
			switch (logins.gate(account)) {
				case CHANGE_PASSWORD -> throw new DeskException.Conflict("token.changePasswordFirst");
				case ENROL_SECOND_FACTOR -> throw new DeskException.Conflict("token.enrolSecondFactorFirst");
				case NONE -> {
				}
			}
		});
		String label = name == null ? "" : SingleLine.clean(name).strip();
		if (label.isEmpty() || label.length() > MAX_NAME_LENGTH) {
			throw new DeskException.Invalid("token.nameInvalid", MAX_NAME_LENGTH);
		}
		HashedSecret.Issued secret = HashedSecret.issue(ApiToken.PREFIX);
		ApiToken token = tokens.save(ApiToken.issue(accountId, label, secret.hashed(), clock.instant()));
		events.publishEvent(new AccountChanged(viewer.username(), Change.TOKEN_ISSUED, accountId, viewer.username(),
				label));
		return new IssuedToken(token.id(), label, secret.secret());
	}

	/** The viewer's own tokens, newest first, revoked ones included (with when). */
	@Transactional(readOnly = true)
	public List<TokenView> list(Viewer viewer) {
		viewer.requireLoggedIn();
		return tokens.findByAccountIdOrderByCreatedAtDesc(viewer.accountId()).stream().map(ApiToken::view).toList();
	}

	/** Revokes one of the viewer's own tokens; another's does not exist for them. */
	@Transactional
	public void revoke(Viewer viewer, UUID tokenId) {
		viewer.requireLoggedIn();
		ApiToken token = tokens.findById(tokenId)
			.filter(candidate -> candidate.accountId().equals(viewer.accountId()))
			.orElseThrow(DeskException.NotFound::new);
		token.revoke(clock.instant());
		tokens.save(token);
		events.publishEvent(new AccountChanged(viewer.username(), Change.TOKEN_REVOKED, viewer.accountId(),
				viewer.username(), token.view().name()));
	}

	/** The viewer a bearer token stands for, if the token is known, not revoked, and its account enabled. */
	@Transactional(readOnly = true)
	public Optional<Viewer> authenticate(String secret) {
		return bearer(secret).map(Bearer::viewer);
	}

	/**
	 * The viewer a bearer token stands for, with the token: what the API's requests are authenticated with, so that
	 * whatever they hold open (a live stream) can ask later whether the token still stands ({@link Holds}).
	 */
	@Transactional(readOnly = true)
	public Optional<Bearer> bearer(String secret) {
		return HashedSecret.presented(ApiToken.PREFIX, secret)
			.flatMap(hashed -> tokens.findByTokenHash(hashed.hash()))
			.filter(token -> token.standsFor(secret))
			.flatMap(token -> accounts.findById(token.accountId())
				.filter(Account::enabled)
				.map(account -> new Bearer(account.asViewer(), token.id())));
	}

	/** A request's bearer token: the viewer it stands for, and which token it is. */
	public record Bearer(Viewer viewer, UUID tokenId) {
	}

	/** Revokes every token of an account whose password is no longer trusted (in the caller's transaction). */
	void revokeAll(UUID accountId, Instant now) {
		for (ApiToken token : tokens.findByAccountIdOrderByCreatedAtDesc(accountId)) {
			if (token.active()) {
				token.revoke(now);
				tokens.save(token);
			}
		}
	}
}
