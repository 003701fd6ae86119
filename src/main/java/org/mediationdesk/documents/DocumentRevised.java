package org.mediationdesk.documents;

import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;

/** A document's description (symbol, title, kind, authors, audience …) was revised. */
public record DocumentRevised(String actor, UUID documentId, String symbol, Audience audience)
		implements DocumentEvent {

	@Override
	public String action() {
		return AUDIT_PREFIX + "revised";
	}
}
