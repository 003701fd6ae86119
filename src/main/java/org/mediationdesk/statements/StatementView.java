package org.mediationdesk.statements;

import java.time.LocalDate;
import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceScoped;

/** An account as a viewer who may see it reads it; {@code group} is the source group's label, if any. */
public record StatementView(UUID id, SourceKind sourceKind, String group, String outlet, LocalDate published,
		String url, String summary, Audience audience) implements AudienceScoped {
}
