package org.mediationdesk.hotline;

import java.time.Instant;
import java.util.UUID;

import org.mediationdesk.participants.GroupView;

/**
 * One line of a mechanism's hotline log.
 *
 * @param group the sender group (an activation by a group), the addressee (an acknowledgement, a response), or
 *     {@code null}
 * @param overdue whether the step was late, or, for an escalation, that the activation was overdue
 * @param step for an escalation: its step of the chain, from 1, and its target
 */
public record LogEntry(Instant at, Kind kind, UUID activation, String subject, Urgency urgency, SenderKind sender,
		GroupView group, boolean overdue, Integer step, EscalationTarget target) {

	/** What a line records. */
	public enum Kind {
		ACTIVATED, RELAYED, ACKNOWLEDGED, RESPONDED, ESCALATED
	}
}
