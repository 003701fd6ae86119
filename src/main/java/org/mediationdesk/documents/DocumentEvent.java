package org.mediationdesk.documents;

import java.util.UUID;

import org.mediationdesk.confidentiality.AudienceScoped;
import org.mediationdesk.shared.AuditableEvent;

/**
 * Something that happened to a document of the registry, as a past-tense fact. Each event carries the
 * document's audience as it is after the change, so that the audit log and any other listener show it only to
 * whoever may see the document; none carries the document's content.
 */
public sealed interface DocumentEvent extends AuditableEvent, AudienceScoped permits DocumentFiled, DocumentRevised,
		DocumentAudienceChanged, DocumentFileAttached, DocumentFileRemoved, DocumentDownloaded {

	/**
	 * What the names of these events in the audit log begin with ({@code document.downloaded}); they are names of
	 * the log, not message keys.
	 */
	String AUDIT_PREFIX = "document.";

	UUID documentId();

	/** The document's symbol, such as {@code GID/WG2/12}. */
	String symbol();

	@Override
	default String objectType() {
		return "document";
	}

	@Override
	default String objectId() {
		return documentId().toString();
	}

	@Override
	default String detail() {
		return symbol();
	}
}
