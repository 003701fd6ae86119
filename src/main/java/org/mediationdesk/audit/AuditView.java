package org.mediationdesk.audit;

import java.time.OffsetDateTime;

/** An audit entry as the administrator's page shows it; times in UTC. */
public record AuditView(long seq, OffsetDateTime occurredAt, String actor, String action, String objectType, String objectId,
		String audienceKind, String detail, String hash) {
}
