package org.mediationdesk.hotline;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.mediationdesk.shared.DeskException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * One activation of a mechanism's hotline: a message (or an advance notice) from a participant group, the operator
 * or a facilitator to one or more participant groups of the mechanism. It is confided to the operator until the
 * operator relays it (what the operator sends is relayed as sent); then each addressee acknowledges it and then
 * responds. Its deadlines to acknowledge and to respond were fixed when it was sent, from its urgency. It guards
 * every step: a step out of turn is refused with the reason, and two acknowledgements at once are two saves of one
 * version, of which the second is refused.
 */
class Activation {

	@Id
	private UUID id;
	private UUID mechanismId;
	private SenderKind senderKind;
	private UUID senderGroup;
	private String sentBy;
	private ActivationKind kind;
	private Urgency urgency;
	private String subject;
	private String message;
	private UUID incidentId;
	private String incidentPublicId;
	private Instant activatedAt;
	private Instant acknowledgeBy;
	private Instant respondBy;
	private Instant relayedAt;
	private String relayedBy;
	private Set<Addressee> addressees = new HashSet<>();
	@Version
	private Long version;

	@PersistenceCreator
	Activation() {
	}

	/**
	 * A new activation, sent now: the deadlines count from this moment; what the operator sends needs no relay.
	 *
	 * @param sending what was sent and by whom, checked by the facade
	 */
	static Activation send(Sending sending, Instant at, Deadlines deadlines) {
		if (sending.to().isEmpty()) {
			throw new DeskException.Invalid("hotline.addresseesRequired");
		}
		if (sending.senderKind() == SenderKind.GROUP && sending.to().contains(sending.senderGroup())) {
			throw new DeskException.Invalid("hotline.notToItself");
		}
		Activation activation = new Activation();
		activation.id = UUID.randomUUID();
		activation.mechanismId = sending.mechanismId();
		activation.senderKind = sending.senderKind();
		activation.senderGroup = sending.senderKind() == SenderKind.GROUP ? sending.senderGroup() : null;
		activation.sentBy = sending.sentBy();
		activation.kind = sending.kind();
		activation.urgency = sending.urgency();
		activation.subject = sending.subject();
		activation.message = sending.message();
		activation.incidentId = sending.incidentId();
		activation.incidentPublicId = sending.incidentPublicId();
		activation.activatedAt = at;
		activation.acknowledgeBy = at.plus(deadlines.acknowledge());
		activation.respondBy = at.plus(deadlines.respond());
		if (sending.senderKind() == SenderKind.OPERATOR) {
			activation.relayedAt = at;
			activation.relayedBy = sending.sentBy();
		}
		sending.to().forEach(group -> activation.addressees.add(Addressee.of(group)));
		return activation;
	}

	/** What was sent, as the facade checked it. */
	record Sending(UUID mechanismId, SenderKind senderKind, UUID senderGroup, String sentBy, ActivationKind kind,
			Urgency urgency, String subject, String message, UUID incidentId, String incidentPublicId, Set<UUID> to) {
	}

	/** The operator passes the activation to its addressees; until then it is the operator's and the sender's. */
	void relay(Actor actor, Instant at) {
		if (!actor.desk()) {
			throw new DeskException.Conflict("hotline.relayByOperator");
		}
		if (relayed()) {
			throw new DeskException.Conflict("hotline.alreadyRelayed");
		}
		relayedAt = at;
		relayedBy = actor.username();
	}

	/** The actor's group acknowledges the activation, once, after the relay. */
	void acknowledge(Actor actor, Instant at) {
		Addressee addressee = addresseeFor(actor);
		if (!relayed()) {
			throw new DeskException.Conflict("hotline.notRelayed");
		}
		if (addressee.acknowledged()) {
			throw new DeskException.Conflict("hotline.alreadyAcknowledged");
		}
		replace(addressee, addressee.acknowledge(actor.username(), at));
	}

	/** The actor's group responds, once, after its acknowledgement. */
	void respond(Actor actor, String response, Instant at) {
		Addressee addressee = addresseeFor(actor);
		if (!addressee.acknowledged()) {
			throw new DeskException.Conflict("hotline.notAcknowledged");
		}
		if (addressee.responded()) {
			throw new DeskException.Conflict("hotline.alreadyResponded");
		}
		if (response == null || response.isBlank()) {
			throw new DeskException.Invalid("hotline.responseRequired");
		}
		replace(addressee, addressee.respond(actor.username(), at, response));
	}

	/** The steps the actor may take now. */
	Set<ActivationAction> availableActions(Actor actor) {
		Set<ActivationAction> actions = EnumSet.noneOf(ActivationAction.class);
		if (actor.desk() && !relayed()) {
			actions.add(ActivationAction.RELAY);
		}
		addressees.stream().filter(a -> a.groupId().equals(actor.group())).findFirst().ifPresent(addressee -> {
			if (relayed() && !addressee.acknowledged()) {
				actions.add(ActivationAction.ACKNOWLEDGE);
			}
			else if (addressee.acknowledged() && !addressee.responded()) {
				actions.add(ActivationAction.RESPOND);
			}
		});
		return actions;
	}

	/**
	 * Whether the actor reads it: the desk and the sender always; anyone else of the mechanism's circle (which the
	 * facade asks first) once it is relayed.
	 */
	boolean readBy(Actor actor) {
		return actor.desk() || relayed() || (actor.group() != null && actor.group().equals(senderGroup));
	}

	ActivationState state() {
		if (!relayed()) {
			return ActivationState.AWAITING_RELAY;
		}
		if (addressees.stream().anyMatch(a -> !a.acknowledged())) {
			return ActivationState.AWAITING_ACKNOWLEDGEMENT;
		}
		return addressees.stream().allMatch(Addressee::responded) ? ActivationState.ANSWERED
				: ActivationState.AWAITING_RESPONSE;
	}

	/** Whether every addressee has acknowledged it: its escalation stops. */
	boolean acknowledgedByAll() {
		return addressees.stream().allMatch(Addressee::acknowledged);
	}

	/** Whether some addressee's step is late at this moment (done late, or not done and past its deadline). */
	boolean overdue(Instant now) {
		return addressees.stream().anyMatch(a -> late(a.acknowledgedAt(), acknowledgeBy, now)
				|| late(a.respondedAt(), respondBy, now));
	}

	private static boolean late(Instant done, Instant deadline, Instant now) {
		return done == null ? now.isAfter(deadline) : done.isAfter(deadline);
	}

	private Addressee addresseeFor(Actor actor) {
		return addressees.stream().filter(a -> a.groupId().equals(actor.group())).findFirst()
			.orElseThrow(() -> new DeskException.Conflict("hotline.notAddressed"));
	}

	private void replace(Addressee before, Addressee after) {
		addressees.remove(before);
		addressees.add(after);
	}

	boolean relayed() {
		return relayedAt != null;
	}

	UUID id() {
		return id;
	}

	UUID mechanismId() {
		return mechanismId;
	}

	SenderKind senderKind() {
		return senderKind;
	}

	UUID senderGroup() {
		return senderGroup;
	}

	String sentBy() {
		return sentBy;
	}

	ActivationKind kind() {
		return kind;
	}

	Urgency urgency() {
		return urgency;
	}

	String subject() {
		return subject;
	}

	String message() {
		return message;
	}

	UUID incidentId() {
		return incidentId;
	}

	String incidentPublicId() {
		return incidentPublicId;
	}

	Instant activatedAt() {
		return activatedAt;
	}

	Instant acknowledgeBy() {
		return acknowledgeBy;
	}

	Instant respondBy() {
		return respondBy;
	}

	Instant relayedAt() {
		return relayedAt;
	}

	String relayedBy() {
		return relayedBy;
	}

	/** The addressees, in a stable order (by group id; views order them by the groups' codes). */
	List<Addressee> addressees() {
		return addressees.stream().sorted(Comparator.comparing(Addressee::groupId)).toList();
	}
}
