/**
 * What was agreed, or demanded, at the talks and what became of it, round by round. Its terms:
 *
 * <ul>
 * <li><b>Commitment</b> ({@code Commitment}): a pledge, a call or a demand that the talks carry from round to round
 * (the non-use of force, the resumption of a mechanism, the return of displaced persons …), with its title and text
 * in English, Russian and Georgian; who made it or was asked to (<b>makers</b>: participant groups, the co-chairs, an
 * incident mechanism); where it came from (its <b>source</b>: a round's decision, a negotiating text's agreed
 * provision, a mechanism's meeting); and its audience (public, or confidential to an audience, through the one
 * access policy: whoever may not see it finds nothing, 404).</li>
 * <li><b>Step</b> ({@code CommitmentStep}): a round that discussed it, the status it left with (raised, agreed,
 * agreed pending confirmation, in progress, stalled, fulfilled, withdrawn) and a short neutral note per language,
 * which passes the terminology gate. One step per round, in the order of the rounds; a fulfilled or withdrawn
 * commitment takes no more. A step may be kept from the public: then only the participants and the co-chairs who
 * see the commitment read it, and the public timeline shows the status as it stood before.</li>
 * <li><b>Reading</b> ({@code CommitmentReading}): a side's own reading of a commitment, in its words, labelled as
 * that side's and never merged with another's, as the contested accounts of a round are kept.</li>
 * <li><b>Open</b>: neither fulfilled nor withdrawn. The next round's page, the co-chairs' home page and a convened
 * round's agenda offer the open ones; a participant's home shows those its group made or was asked to make.</li>
 * </ul>
 *
 * <p>It adds to other modules through their extension points only: the round's page ({@code process.RoundPart}
 * "commitments"), the communiqué's draft ({@code communique.CommuniqueSection} "commitments": the public steps of the
 * round, in the bundles' sentences), the process record file ({@code process.RecordPart}) and the audit log's names
 * ({@code identity.ObjectLabels}). Nothing depends on it but {@code platform}'s home page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Commitments",
		allowedDependencies = { "shared", "identity", "participants", "process", "confidentiality", "terminology",
				"communique" })
package org.mediationdesk.commitments;
