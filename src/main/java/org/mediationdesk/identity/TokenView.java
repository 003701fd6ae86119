package org.mediationdesk.identity;

import java.time.Instant;
import java.util.UUID;

/** An API token as its holder sees it later: never the secret. */
public record TokenView(UUID id, String name, Instant createdAt, Instant revokedAt) {

	public boolean active() {
		return revokedAt == null;
	}
}
