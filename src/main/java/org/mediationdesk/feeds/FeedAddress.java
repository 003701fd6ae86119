package org.mediationdesk.feeds;

import java.time.Instant;
import java.util.UUID;

import org.mediationdesk.identity.HashedSecret;
import org.mediationdesk.shared.DeskException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A personal feed address: it stands for its holder's account when a calendar or feed reader fetches it, until
 * revoked. Only the hash of its secret is kept; the secret is shown once, when it is created.
 */
class FeedAddress {

	@Id
	private UUID id;
	private UUID accountId;
	private String tokenHash;
	private Instant createdAt;
	private Instant revokedAt;
	@Version
	private Long version;

	@PersistenceCreator
	FeedAddress() {
	}

	static FeedAddress create(UUID accountId, HashedSecret secret, Instant now) {
		FeedAddress address = new FeedAddress();
		address.id = UUID.randomUUID();
		address.accountId = accountId;
		address.tokenHash = secret.hash();
		address.createdAt = now;
		return address;
	}

	/** Revokes the address: whoever still fetches it finds nothing. An address is revoked once. */
	void revoke(Instant now) {
		if (revokedAt != null) {
			throw new DeskException.Conflict("feeds.alreadyRevoked");
		}
		revokedAt = now;
	}

	boolean active() {
		return revokedAt == null;
	}

	/** Whether a presented secret is this address's and the address still stands for its holder. */
	boolean standsFor(String secret) {
		return active() && new HashedSecret(tokenHash).matches(secret);
	}

	UUID id() {
		return id;
	}

	UUID accountId() {
		return accountId;
	}

	FeedAddressView view() {
		return new FeedAddressView(id, createdAt, revokedAt);
	}
}
