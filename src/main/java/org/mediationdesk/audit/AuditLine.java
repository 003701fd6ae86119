package org.mediationdesk.audit;

/**
 * An entry of the audit log as the page and the export show it: when (in the reader's format, and in UTC as ISO
 * 8601 for the export), who (username and the name shown), what happened (the stored action and its words), and
 * what it concerned (the stored type and id, its label, and a link where the reader may open it, or null).
 */
public record AuditLine(long seq, String when, String whenUtc, String actor, String who, String action, String what,
		String objectType, String objectId, String object, String link, String detail, String hash) {

	public String shortHash() {
		return hash.substring(0, Math.min(12, hash.length()));
	}
}
