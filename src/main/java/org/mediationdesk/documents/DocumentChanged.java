package org.mediationdesk.documents;

import java.util.Locale;
import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceScoped;
import org.mediationdesk.shared.AuditableEvent;

/** Something happened to a document: filed, revised, audience changed, file attached or removed, downloaded. */
public record DocumentChanged(String actor, Change change, UUID documentId, String symbol, Audience audience,
		String detail) implements AuditableEvent, AudienceScoped {

	public enum Change {
		FILED, REVISED, AUDIENCE_CHANGED, FILE_ATTACHED, FILE_REMOVED, DOWNLOADED
	}

	@Override
	public String action() {
		return "document." + change.name().toLowerCase(Locale.ROOT);
	}

	@Override
	public String objectType() {
		return "document";
	}

	@Override
	public String objectId() {
		return documentId.toString();
	}

	@Override
	public String detail() {
		return detail == null || detail.isEmpty() ? symbol : symbol + ": " + detail;
	}
}
