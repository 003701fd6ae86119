package org.mediationdesk.documents;

/** What sort of document it is. */
public enum DocumentKind {
	NON_PAPER, DRAFT, STATEMENT, REPORT, INFORMATION_NOTE
}
