/**
 * The co-chairs' press communiqué at the end of a round.
 *
 * <ul>
 * <li><b>Communiqué</b>: the co-chairs' account of a round for the world, in the fixed pattern of the talks: the
 * round's number and dates, what each working group discussed, a neutral sentence for each walkout ("some
 * participants", never who), the incident mechanisms, and the next round's dates ("pending confirmation by all
 * participants" when so). It is drafted from the record with one action ({@link CommuniqueSection} gives each part)
 * and then edited by the co-chairs, in English, Russian and Georgian; a language without a text is missing, never
 * filled with another. It is drafted only for a round that was held (not one convened for the future, postponed,
 * suspended or collapsed). The next round is said once: by a decision that mentions it, else from the next round
 * convened with dates, else not at all ({@code RecordSections.NextRound}). Dates are ICU's CLDR patterns, a round's days
 * as one range.</li>
 * <li><b>Placeholder</b>: text in square brackets, which the drafting writes where the co-chairs are to write (the
 * incident mechanisms' paragraph, what a correction corrects); a communiqué carries no brackets otherwise. While any
 * version holds one, the communiqué is not approved, put under embargo or published, and the refusal names each.</li>
 * <li><b>Revision of the English</b>: each change of the English text; a Russian or Georgian version renders the
 * revision that stood when it was last written or confirmed. A version older than the English is "to be brought up to
 * date" and holds up the approval until a co-chair edits it, confirms it as still right, or withdraws its language from
 * the edition (which then has no version in that language, and its published page says so).</li>
 * <li><b>Edition</b>: the first communiqué of a round is edition 1; once published it is never edited, and a
 * correction is a new edition, dated, that says what it corrects. Every published edition stays public.</li>
 * <li><b>Approval</b>: each co-chairing institution (EU, UN, OSCE) approves the exact text, recorded with its SHA-256.
 * An edit after an approval withdraws every approval; those who had approved are told.</li>
 * <li><b>Embargo</b>: with the three approvals the co-chairs publish at once, or set the time at which the publication
 * job publishes it (exactly once, under a database lock, and saved with the communiqué's version).</li>
 * <li><b>Audiences</b>: a draft is the co-chairs' and the secretariat's; the co-chairs may share it with the
 * participants for information; the public reads only what is published.</li>
 * </ul>
 *
 * Every text passes the terminology gate before it can be approved.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Communiqués",
		allowedDependencies = { "shared", "identity", "participants", "process", "attendance", "terminology",
				"confidentiality" })
package org.mediationdesk.communique;
