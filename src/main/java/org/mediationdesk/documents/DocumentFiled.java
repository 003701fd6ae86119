package org.mediationdesk.documents;

import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;

/** A document was filed in the registry under its symbol, for its audience. */
public record DocumentFiled(String actor, UUID documentId, String symbol, DocumentKind kind, Audience audience)
		implements DocumentEvent {

	@Override
	public String action() {
		return AUDIT_PREFIX + "filed";
	}
}
