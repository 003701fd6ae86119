package org.mediationdesk.identity;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * An invitation to choose a password: a one-time link whose token is kept only as a hash, good once and until it
 * expires. A new invitation for the same account ends the earlier ones.
 */
class AccountInvitation {

	@Id
	private UUID id;
	private UUID accountId;
	private String tokenHash;
	private Instant createdAt;
	private Instant expiresAt;
	private Instant usedAt;
	@Version
	private Long version;

	@PersistenceCreator
	AccountInvitation() {
	}

	static AccountInvitation issue(UUID accountId, String tokenHash, Instant now, Instant expiresAt) {
		AccountInvitation invitation = new AccountInvitation();
		invitation.id = UUID.randomUUID();
		invitation.accountId = accountId;
		invitation.tokenHash = tokenHash;
		invitation.createdAt = now;
		invitation.expiresAt = expiresAt;
		return invitation;
	}

	/** Whether the link may still be used: not used yet and not expired. */
	boolean open(Instant now) {
		return usedAt == null && now.isBefore(expiresAt);
	}

	/** Uses the invitation, or ends it unused (when a newer one replaces it). */
	void close(Instant now) {
		usedAt = now;
	}

	UUID accountId() {
		return accountId;
	}

	Instant expiresAt() {
		return expiresAt;
	}
}
