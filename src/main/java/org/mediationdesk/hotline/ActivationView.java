package org.mediationdesk.hotline;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.mediationdesk.participants.GroupView;

/**
 * An activation as a viewer of its mechanism's circle reads it: who sent it (a group, the operator or a
 * facilitator), to whom, what, how urgent, its two deadlines, where it stands, whether a step is late
 * ({@code overdue}), each addressee's steps, and what the viewer may do with it now.
 */
public record ActivationView(UUID id, UUID mechanismId, String mechanismCode, SenderKind senderKind, GroupView sender,
		ActivationKind kind, Urgency urgency, String subject, String message, String incident, Instant activatedAt,
		Instant acknowledgeBy, Instant respondBy, Instant relayedAt, ActivationState state, boolean overdue,
		List<AddresseeView> addressees, Set<ActivationAction> availableActions) {

	/** One addressee's steps; {@code acknowledgedLate} and {@code respondedLate} when done after the deadline. */
	public record AddresseeView(GroupView group, Instant acknowledgedAt, boolean acknowledgedLate, Instant respondedAt,
			boolean respondedLate, String response) {
	}

	public boolean mayRelay() {
		return availableActions.contains(ActivationAction.RELAY);
	}

	public boolean mayAcknowledge() {
		return availableActions.contains(ActivationAction.ACKNOWLEDGE);
	}

	public boolean mayRespond() {
		return availableActions.contains(ActivationAction.RESPOND);
	}

	public boolean open() {
		return state != ActivationState.ANSWERED;
	}
}
