package org.mediationdesk.documents;

import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.shared.Reading;

/** Someone who may see a document downloaded the file of one of its language versions. */
public record DocumentDownloaded(String actor, UUID documentId, String symbol, LanguageCode language,
		Audience audience) implements DocumentEvent, Reading {

	@Override
	public String action() {
		return AUDIT_PREFIX + "downloaded";
	}

	@Override
	public String detail() {
		return symbol + ": " + language.name();
	}
}
