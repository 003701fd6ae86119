/**
 * Who takes part in the talks, in status-neutral terms.
 *
 * <ul>
 * <li><b>Co-chairing institution</b>: the EU, the UN and the OSCE, each represented by one co-chair at a time.</li>
 * <li><b>Co-chair representative</b>: a person who held that office, with title and period.</li>
 * <li><b>Participant group</b>: the people who come from one place ("participants from Sukhum(i)"), with a
 * short code, a neutral label and optional labels per language. A group is never called a delegation or a
 * party in mediator text.</li>
 * <li><b>Participant</b>: a person taking part in an individual capacity, in exactly one group. No field asks
 * for nationality or status.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Participants", allowedDependencies = { "shared", "identity" })
package org.mediationdesk.participants;
