package org.mediationdesk.documents;

import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.shared.LanguageCode;

/** A file was attached to a language version of a document, replacing the one it had, if any. */
public record DocumentFileAttached(String actor, UUID documentId, String symbol, LanguageCode language,
		String fileName, Audience audience) implements DocumentEvent {

	@Override
	public String action() {
		return AUDIT_PREFIX + "file_attached";
	}

	@Override
	public String detail() {
		return symbol + ": " + language + " " + fileName;
	}
}
