package org.mediationdesk.audit;

import java.time.Instant;

/** An audit entry as the administrator's page shows it. */
public record AuditView(long seq, Instant occurredAt, String actor, String action, String objectType, String objectId,
		String audienceKind, String detail, String hash) {
}
