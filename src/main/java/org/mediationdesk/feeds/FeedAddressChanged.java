package org.mediationdesk.feeds;

import java.util.UUID;

import org.mediationdesk.shared.AuditableEvent;

/**
 * A user created or revoked one of their personal feed addresses (never its secret).
 *
 * @param revoked whether the address was revoked (otherwise created)
 */
public record FeedAddressChanged(String actor, UUID addressId, boolean revoked) implements AuditableEvent {

	@Override
	public String action() {
		return revoked ? "feed_address.revoked" : "feed_address.created";
	}

	@Override
	public String objectType() {
		return "feed_address";
	}

	@Override
	public String objectId() {
		return addressId.toString();
	}
}
