package org.mediationdesk.identity;

import java.time.Instant;
import java.util.UUID;

import org.mediationdesk.shared.DeskException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * An invitation to choose a password: a one-time link whose secret is kept only as a hash, good once and until it
 * expires. A new invitation for the same account ends the earlier ones, and so does a password reset.
 */
class AccountInvitation {

	@Id
	private UUID id;
	private UUID accountId;
	private String tokenHash;
	private Instant createdAt;
	private Instant expiresAt;
	/** When the link was used, or ended unused by a newer invitation or a reset; {@code null} while open. */
	private Instant usedAt;
	@Version
	private Long version;

	@PersistenceCreator
	AccountInvitation() {
	}

	static AccountInvitation issue(UUID accountId, HashedSecret secret, Instant now, Instant expiresAt) {
		if (!expiresAt.isAfter(now)) {
			throw new IllegalArgumentException("An invitation must expire after it is issued: " + expiresAt);
		}
		AccountInvitation invitation = new AccountInvitation();
		invitation.id = UUID.randomUUID();
		invitation.accountId = accountId;
		invitation.tokenHash = secret.hash();
		invitation.createdAt = now;
		invitation.expiresAt = expiresAt;
		return invitation;
	}

	/** Whether the link may still be used: not used or ended yet, and not expired. */
	boolean open(Instant now) {
		return usedAt == null && now.isBefore(expiresAt);
	}

	/** Whether a presented secret is this invitation's and the link may still be used. */
	boolean openFor(String secret, Instant now) {
		return open(now) && new HashedSecret(tokenHash).matches(secret);
	}

	/** The holder chose their password through the link: it is used up. */
	void accept(Instant now) {
		requireOpen(now);
		usedAt = now;
	}

	/** Ends the link unused, because a newer invitation or a password reset replaces it. */
	void end(Instant now) {
		requireOpen(now);
		usedAt = now;
	}

	private void requireOpen(Instant now) {
		if (usedAt != null) {
			throw new DeskException.Conflict("invitation.closed");
		}
		if (!now.isBefore(expiresAt)) {
			throw new DeskException.Conflict("invitation.expired");
		}
	}

	UUID accountId() {
		return accountId;
	}

	Instant expiresAt() {
		return expiresAt;
	}
}
