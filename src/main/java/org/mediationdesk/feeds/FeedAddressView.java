package org.mediationdesk.feeds;

import java.time.Instant;
import java.util.UUID;

/** A personal feed address as its holder sees it in their list: never its secret. */
public record FeedAddressView(UUID id, Instant createdAt, Instant revokedAt) {

	public boolean active() {
		return revokedAt == null;
	}
}
