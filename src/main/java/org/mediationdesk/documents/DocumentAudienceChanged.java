package org.mediationdesk.documents;

import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;

/**
 * A revision gave a document another audience. {@code audience} is the new one; the log notes only the kinds
 * of audience before and after, not which group had it.
 */
public record DocumentAudienceChanged(String actor, UUID documentId, String symbol, Audience previous,
		Audience audience) implements DocumentEvent {

	@Override
	public String action() {
		return AUDIT_PREFIX + "audience_changed";
	}

	@Override
	public String detail() {
		return symbol + ": " + previous.kind() + " -> " + audience.kind();
	}
}
