package org.mediationdesk.documents;

import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.shared.LanguageCode;

/** The file of a language version of a document was removed. */
public record DocumentFileRemoved(String actor, UUID documentId, String symbol, LanguageCode language,
		Audience audience) implements DocumentEvent {

	@Override
	public String action() {
		return AUDIT_PREFIX + "file_removed";
	}

	@Override
	public String detail() {
		return symbol + ": " + language.name();
	}
}
