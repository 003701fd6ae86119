package org.mediationdesk.feeds;

import java.time.Instant;
import java.util.UUID;

import org.mediationdesk.shared.DeskException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** A personal feed address. Only the SHA-256 hash of its secret is stored; the secret is shown once. */
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

	static FeedAddress create(UUID accountId, String tokenHash, Instant now) {
		FeedAddress address = new FeedAddress();
		address.id = UUID.randomUUID();
		address.accountId = accountId;
		address.tokenHash = tokenHash;
		address.createdAt = now;
		return address;
	}

	void revoke(Instant now) {
		if (revokedAt != null) {
			throw new DeskException.Conflict("feeds.alreadyRevoked");
		}
		revokedAt = now;
	}

	boolean active() {
		return revokedAt == null;
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
