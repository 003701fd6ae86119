package org.mediationdesk.identity;

import java.time.Instant;
import java.util.UUID;

import org.mediationdesk.shared.DeskException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** A personal API token. Only the SHA-256 hash of its secret is stored; the secret is shown once. */
class ApiToken {

	@Id
	private UUID id;
	private UUID accountId;
	private String name;
	private String tokenHash;
	private Instant createdAt;
	private Instant revokedAt;
	@Version
	private Long version;

	@PersistenceCreator
	ApiToken() {
	}

	static ApiToken issue(UUID accountId, String name, String tokenHash, Instant now) {
		ApiToken token = new ApiToken();
		token.id = UUID.randomUUID();
		token.accountId = accountId;
		token.name = name;
		token.tokenHash = tokenHash;
		token.createdAt = now;
		return token;
	}

	void revoke(Instant now) {
		if (revokedAt != null) {
			throw new DeskException.Conflict("token.alreadyRevoked", name);
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

	TokenView view() {
		return new TokenView(id, name, createdAt, revokedAt);
	}
}
