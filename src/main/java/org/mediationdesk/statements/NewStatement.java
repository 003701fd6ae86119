package org.mediationdesk.statements;

import java.time.LocalDate;
import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;

/**
 * An account to record: who gave it ({@code groupId} for a participant group's statement), where it was
 * published, its summary in the source's own terms, and who may see it.
 */
public record NewStatement(SourceKind sourceKind, UUID groupId, String outlet, LocalDate published, String url,
		String summary, Audience audience) {
}
