package org.mediationdesk.audit;

import java.time.OffsetDateTime;

/**
 * An audit entry as the administrator's page shows it; times in UTC. An entry about something the administrator
 * may not see is {@link #withheld}: its place in the chain, its time and its hash, without who, what, about what or
 * any detail.
 */
public record AuditView(long seq, OffsetDateTime occurredAt, String actor, String action, String objectType, String objectId,
		String audienceKind, String detail, String hash) {

	/** An entry the reader may not see: that it is there, when, and its hash. */
	static AuditView withheld(long seq, OffsetDateTime occurredAt, String hash) {
		return new AuditView(seq, occurredAt, null, null, null, null, null, null, hash);
	}

	/** Whether this is an entry the reader may not see (every entry written names its action). */
	public boolean isWithheld() {
		return action == null;
	}
}
