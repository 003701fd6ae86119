package org.mediationdesk.documents;

/** Who wrote a document: a participant group (which one is recorded), the co-chairs, or the secretariat. */
public enum AuthorKind {
	PARTICIPANT_GROUP, CO_CHAIRS, SECRETARIAT
}
