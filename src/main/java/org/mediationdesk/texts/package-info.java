/**
 * Negotiating texts: a joint statement negotiated in square brackets.
 *
 * <ul>
 * <li><b>Text</b>: a statement under negotiation, with a symbol, an audience and a status: a draft, circulated
 * (revision n), frozen for consultation with capitals (stances only), agreed ad referendum, agreed, or
 * abandoned. The aggregate {@code NegotiatingText} holds its provisions and wordings and guards their rules.</li>
 * <li><b>Private draft</b>: a new text is the co-chairs' own (its audience, for every projection and event, is
 * the co-chairs) until they share it for information or circulate it; then its audience reads it, and the
 * groups whose stances it needs are named.</li>
 * <li><b>Provision</b>: a paragraph with a stable id ({@code para_3}, never reused) and one or more rival
 * <b>wordings</b>, each with its sponsors (a participant group or the co-chairs, and the groups that joined
 * it); square brackets inside a {@code Wording} mark words not yet agreed, nested at most three deep. A wording
 * may be shared in confidence to the co-chairs until they table it, and withdrawn by its sponsor while nobody
 * has stated on it.</li>
 * <li><b>Stance</b>: a group's position on a wording (accept, can live with, reserve pending the capital,
 * reject), appended to a log and never changed. Stances are sealed: a group sees its own; the others' show once
 * every required group has stated on that wording, or once the co-chairs reveal them. A stance stated after a
 * reveal is sealed again without hiding the one revealed before it.</li>
 * <li><b>Package rule</b>: a provision is settled when one tabled wording has only accept or can-live-with from
 * every required group; nothing is agreed until every provision is ({@code StanceMatrix}).</li>
 * <li><b>Revision</b>: an immutable snapshot of the tabled wordings, taken when the text is circulated, kept in
 * a format of its own ({@code RevisionSnapshot}).</li>
 * </ul>
 *
 * {@link org.mediationdesk.texts.NegotiatingTexts} takes the writes, {@link org.mediationdesk.texts.TextReading}
 * the reads; each change is told as a {@link org.mediationdesk.texts.TextEvent}. {@link org.mediationdesk.texts.TextMarkup}
 * names sides and provisions for a reader and marks a wording's brackets by level.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Texts",
		allowedDependencies = { "shared", "identity", "participants", "process", "terminology", "confidentiality" })
package org.mediationdesk.texts;
