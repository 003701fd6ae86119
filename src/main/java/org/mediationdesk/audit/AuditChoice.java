package org.mediationdesk.audit;

/** A choice of one of the audit log's filters: the value sent and the words shown. */
public record AuditChoice(String value, String label) {
}
