package org.mediationdesk.commitments;

/**
 * Where a commitment came from: its kind, the round it belongs to (a decision's round; for a provision or a
 * mechanism's meeting, the round of the talks it was brought to, if any), what names it there (a text's symbol and
 * provision, a mechanism's meeting: as its owners name it) and a link to the source (a page of this platform or a
 * public record).
 */
public record CommitmentSource(SourceKind kind, Integer round, String reference, String link) {
}
