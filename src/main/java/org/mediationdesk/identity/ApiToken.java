package org.mediationdesk.identity;

import java.time.Instant;
import java.util.UUID;

import org.mediationdesk.shared.DeskException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A personal API token: it acts for its account until revoked. Only the hash of its secret is kept; the secret is
 * shown once, when it is issued.
 */
class ApiToken {

	/** What every token's secret starts with, so that a token found somewhere can be told for what it is. */
	static final String PREFIX = "mdt_";

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

	static ApiToken issue(UUID accountId, String name, HashedSecret secret, Instant now) {
		ApiToken token = new ApiToken();
		token.id = UUID.randomUUID();
		token.accountId = accountId;
		token.name = name;
		token.tokenHash = secret.hash();
		token.createdAt = now;
		return token;
	}

	/** Revokes the token: programs that use it lose access at once. A token is revoked once. */
	void revoke(Instant now) {
		if (revokedAt != null) {
			throw new DeskException.Conflict("token.alreadyRevoked", name);
		}
		revokedAt = now;
	}

	boolean active() {
		return revokedAt == null;
	}

	/** Whether a presented secret is this token's and the token still acts for its account. */
	boolean standsFor(String secret) {
		return active() && new HashedSecret(tokenHash).matches(secret);
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
