package org.mediationdesk.shared;

/**
 * An auditable event that records a reading, not a change: a document's file downloaded, a negotiating text
 * exported. It belongs in the audit log, but nothing that anyone sees changes with it, so what keeps a reading of the
 * record (the page cache, the search index) need not hear of it.
 */
public interface Reading extends AuditableEvent {
}
