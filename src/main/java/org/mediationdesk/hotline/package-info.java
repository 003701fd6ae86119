/**
 * The hotline of the incident mechanisms: messages passed between the sides by a neutral operator, with the clocks
 * of acknowledgement and response, escalation, and a log that the mechanism's participants share.
 *
 * <p>A module of its own beside {@code incidents}, which it uses through that module's facades (a mechanism, its
 * circle, its groups and facilitators; an incident of it): the incidents module knows nothing of the hotline. Its
 * terms:
 *
 * <ul>
 * <li><b>Activation</b> ({@code Activation}): a participant group, the operator or a facilitator activates the
 * hotline of a mechanism, to one or more of its participant groups, with a subject, a message, an <b>urgency</b>
 * (routine, urgent, emergency), a kind (a message, or the <b>advance notice</b> of a sensitive activity such as an
 * exercise or works near the line) and optionally an incident of the same mechanism. The <b>operator</b> relays
 * it; each addressee <b>acknowledges</b> it, then <b>responds</b>. Until the operator relays it, a message is
 * <i>confided to the operator</i>: the operator's desk and its sender read it, nobody else. What the operator sends
 * is relayed as sent.</li>
 * <li><b>The operator's desk</b>: the co-chairs and the secretariat, for the mechanism's operator (the monitors at
 * Ergneti) and its facilitators; a co-chair of a facilitating institution may also send as a facilitator.</li>
 * <li><b>Clocks</b>: each urgency has a deadline to acknowledge and one to respond, counted from the moment it is
 * sent ({@code HotlineProperties}: 15 min and 4 h for an emergency, 1 h and 24 h urgent, 24 h and 7 days
 * routine). A step done after its deadline, or not done by it, is <b>overdue</b>, and is marked so in the log.</li>
 * <li><b>Escalation chain</b> of a mechanism: steps, each with a delay after the deadline to acknowledge and its
 * target (the operator's supervisors, then the facilitators), ending, explicitly, in "nobody answered". An
 * activation that some addressee has not acknowledged in time goes up the chain: the <b>engine</b>
 * ({@code EscalationEngine}, the job {@code hotline-escalation}) claims the clocks that are due with
 * {@code FOR UPDATE SKIP LOCKED}, moves each on by a conditional update and records each step fired under a unique
 * key, so that each step fires once, also with several nodes; the notifications module tells its targets in the
 * application and by e-mail.</li>
 * <li><b>The log</b> of a mechanism's hotline: every activation, relay, acknowledgement, response and escalation,
 * in order, with their times, read by the mechanism's whole circle (its participant groups, the co-chairs and
 * secretariat) through the access policy, and by nobody else: another mechanism's participants, the public and an
 * administrator find nothing (404).</li>
 * <li><b>Issue</b> (for "activations on N issues since the previous meeting"): the incident an activation names,
 * or, without one, its subject (compared without case or surrounding spaces). Activations about one incident, or
 * with one subject, are one issue.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hotline",
		allowedDependencies = { "shared", "identity", "participants", "confidentiality", "incidents", "live",
				"process" })
package org.mediationdesk.hotline;
