package org.mediationdesk.shared;

/**
 * A past-tense event that belongs in the audit log. Modules publish their own event records and
 * implement this interface; the audit module listens for it without the publisher knowing.
 */
public interface AuditableEvent {

	/** Username of whoever caused the event, or {@code "system"}. */
	String actor();

	/** Short verb phrase in the past tense, e.g. {@code document.filed}. */
	String action();

	/** Kind of object the event concerns, e.g. {@code account}, {@code document}. */
	String objectType();

	/** Identifier of that object (a UUID as text), or a name where there is no identifier. */
	String objectId();

	/** Extra detail for the log, without confidential content; may be empty. */
	default String detail() {
		return "";
	}
}
