package org.mediationdesk.hotline;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import org.mediationdesk.hotline.HotlineEvent.ActivationAcknowledged;
import org.mediationdesk.hotline.HotlineEvent.ActivationAnswered;
import org.mediationdesk.hotline.HotlineEvent.ActivationRelayed;
import org.mediationdesk.hotline.HotlineEvent.ActivationSent;
import org.mediationdesk.hotline.HotlineEvent.EscalationChainChanged;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.incidents.IncidentRegister;
import org.mediationdesk.incidents.IncidentView;
import org.mediationdesk.incidents.MechanismView;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.shared.SingleLine;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hotline's steps: a participant group, the operator or a facilitator activates it; the operator relays; each
 * addressee acknowledges, then responds. Everything is its mechanism's circle's: anyone else finds nothing (404).
 * A step that is not the viewer's to take now is refused with the reason (409). Two steps on one activation at once
 * are two saves of one version: the second is tried again on what the first left, so that two acknowledgements of
 * one group give one acknowledgement and one refusal, and those of two groups both stand.
 */
@Service
public class Hotline {

	private static final int ATTEMPTS = 3;

	private final ActivationRepository activations;
	private final HotlineCircles circles;
	private final ActivationViews views;
	private final HotlineClocks clocks;
	private final EscalationChains chains;
	private final IncidentRegister incidents;
	private final HotlineProperties properties;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Clock clock;

	Hotline(ActivationRepository activations, HotlineCircles circles, ActivationViews views, HotlineClocks clocks,
			EscalationChains chains, IncidentRegister incidents, HotlineProperties properties, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock) {
		this.activations = activations;
		this.circles = circles;
		this.views = views;
		this.clocks = clocks;
		this.chains = chains;
		this.incidents = incidents;
		this.properties = properties;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** Activates the hotline of a mechanism of whose circle the viewer is; its deadlines count from now. */
	public ActivationView activate(Viewer viewer, NewActivation activation) {
		viewer.requireMediatorOrParticipant();
		return transactions.execute(status -> {
			Activation.Sending sending = checked(viewer, activation);
			MechanismView mechanism = circles.mechanism(viewer, sending.mechanismId().toString());
			Activation sent = activations.save(Activation.send(sending, clock.instant(),
					properties.deadlines(sending.urgency())));
			clocks.start(sent);
			events.publishEvent(new ActivationSent(viewer.username(), sent.id(), mechanism.id(), sent.senderKind(),
					sent.urgency(), sent.kind(), mechanism.code(), sent.relayed() ? groupsOf(sent) : List.of(),
					sent.acknowledgeBy()));
			return views.view(viewer, mechanism, sent);
		});
	}

	/** The operator passes an activation to its addressees. */
	public ActivationView relay(Viewer viewer, UUID id) {
		viewer.requireMediator();
		return change(viewer, id, (activation, actor) -> {
			activation.relay(actor, clock.instant());
			return new ActivationRelayed(viewer.username(), activation.id(), activation.mechanismId(),
					circles.all().get(activation.mechanismId()).code(), groupsOf(activation), activation.urgency(),
					activation.acknowledgeBy());
		});
	}

	/** The viewer's group acknowledges an activation addressed to it. */
	public ActivationView acknowledge(Viewer viewer, UUID id) {
		viewer.requireMediatorOrParticipant();
		return change(viewer, id, (activation, actor) -> {
			Instant now = clock.instant();
			activation.acknowledge(actor, now);
			if (activation.acknowledgedByAll()) {
				clocks.stop(activation.id());
			}
			return new ActivationAcknowledged(viewer.username(), activation.id(), activation.mechanismId(), actor.group(),
					now.isAfter(activation.acknowledgeBy()));
		});
	}

	/** The viewer's group responds to an activation it acknowledged. */
	public ActivationView respond(Viewer viewer, UUID id, String response) {
		viewer.requireMediatorOrParticipant();
		String text = response == null ? null : response.strip();
		if (text != null && text.length() > 4000) {
			throw new DeskException.Invalid("hotline.responseTooLong", 4000);
		}
		return change(viewer, id, (activation, actor) -> {
			Instant now = clock.instant();
			activation.respond(actor, text, now);
			return new ActivationAnswered(viewer.username(), activation.id(), activation.mechanismId(), actor.group(),
					now.isAfter(activation.respondBy()));
		});
	}

	/** A mechanism's escalation chain: its own, or the default one; for the mechanism's circle. */
	public List<EscalationStep> chain(Viewer viewer, String mechanism) {
		viewer.requireMediatorOrParticipant();
		return transactions.execute(status -> chains.chain(circles.mechanism(viewer, mechanism).id()));
	}

	/**
	 * Replaces a mechanism's escalation chain (the operator's desk: the co-chairs, among them the facilitators'
	 * own, and the secretariat). The open activations keep their place in their chain: the steps they have fired
	 * never fire again, and their next step is due as the new chain says.
	 */
	public List<EscalationStep> replaceChain(Viewer viewer, String mechanism, List<EscalationStep> steps) {
		viewer.requireMediator();
		return transactions.execute(status -> {
			MechanismView circle = circles.mechanism(viewer, mechanism);
			chains.replace(circle.id(), steps);
			chains.realignClocks(circle.id());
			List<EscalationStep> chain = chains.chain(circle.id());
			events.publishEvent(new EscalationChainChanged(viewer.username(), circle.id(), String.join(", ",
					chain.stream().map(step -> step.delay().toMinutes() + " " + step.target()).toList())));
			return chain;
		});
	}

	/** The mechanism whose escalation chain the operator's desk edits, or 404 for anyone else. */
	public MechanismView chainEditor(Viewer viewer, String mechanism) {
		viewer.requireMediator();
		return transactions.execute(status -> circles.mechanism(viewer, mechanism));
	}

	private static List<UUID> groupsOf(Activation activation) {
		return activation.addressees().stream().map(Addressee::groupId).toList();
	}

	/** One step on an activation, tried again on what a concurrent step left (see the class). */
	private ActivationView change(Viewer viewer, UUID id, BiFunction<Activation, Actor, HotlineEvent> step) {
		for (int attempt = 1;; attempt++) {
			try {
				return transactions.execute(status -> {
					Activation activation = activations.findById(id).orElseThrow(DeskException.NotFound::new);
					MechanismView mechanism = readable(viewer, activation);
					HotlineEvent event = step.apply(activation, ActivationViews.actor(viewer));
					Activation saved = activations.save(activation);
					events.publishEvent(event);
					return views.view(viewer, mechanism, saved);
				});
			}
			catch (ConcurrencyFailureException concurrent) {
				if (attempt == ATTEMPTS) {
					throw new DeskException.Conflict("hotline.changedMeanwhile");
				}
			}
		}
	}

	/** The activation's mechanism, if the viewer reads the activation; 404 otherwise. */
	MechanismView readable(Viewer viewer, Activation activation) {
		MechanismView mechanism = circles.inCircle(viewer, activation.mechanismId())
			.orElseThrow(DeskException.NotFound::new);
		if (!activation.readBy(ActivationViews.actor(viewer))) {
			throw new DeskException.NotFound();
		}
		return mechanism;
	}

	private Activation.Sending checked(Viewer viewer, NewActivation activation) {
		if (activation == null || activation.mechanism() == null || activation.mechanism().isBlank()) {
			throw new DeskException.Invalid("hotline.mechanismRequired");
		}
		MechanismView mechanism = circles.circles(viewer).values().stream()
			.filter(m -> m.code().equalsIgnoreCase(activation.mechanism().strip())
					|| m.id().toString().equals(activation.mechanism().strip()))
			.findFirst().orElseThrow(() -> new DeskException.Invalid("hotline.mechanismRequired"));
		SenderKind sender = sender(viewer, mechanism, activation.as());
		Map<String, UUID> groups = new HashMap<>();
		mechanism.groups().forEach(group -> groups.put(group.code().toUpperCase(Locale.ROOT), group.id()));
		Set<UUID> to = new LinkedHashSet<>();
		for (String code : activation.to()) {
			UUID group = groups.get(code.strip().toUpperCase(Locale.ROOT));
			if (group == null) {
				throw new DeskException.Invalid("hotline.unknownAddressee", SingleLine.clean(code));
			}
			to.add(group);
		}
		if (activation.urgency() == null) {
			throw new DeskException.Invalid("hotline.urgencyRequired");
		}
		String subject = activation.subject() == null ? "" : SingleLine.clean(activation.subject()).strip();
		if (subject.isEmpty() || subject.length() > 200) {
			throw new DeskException.Invalid("hotline.subjectRequired", 200);
		}
		String message = activation.message() == null ? "" : activation.message().strip();
		if (message.isEmpty() || message.length() > 4000) {
			throw new DeskException.Invalid("hotline.messageRequired", 4000);
		}
		IncidentView incident = incident(viewer, mechanism, activation.incident());
		return new Activation.Sending(mechanism.id(), sender, viewer.isParticipant() ? viewer.groupId() : null,
				viewer.username(), activation.kind() == null ? ActivationKind.MESSAGE : activation.kind(),
				activation.urgency(), subject, message, incident == null ? null : incident.id(),
				incident == null ? null : incident.publicId(), to);
	}

	private static SenderKind sender(Viewer viewer, MechanismView mechanism, SenderKind as) {
		if (viewer.isParticipant()) {
			if (as != null && as != SenderKind.GROUP) {
				throw new DeskException.Invalid("hotline.senderNotYours");
			}
			return SenderKind.GROUP;
		}
		SenderKind kind = as == null ? SenderKind.OPERATOR : as;
		if (kind == SenderKind.GROUP
				|| (kind == SenderKind.FACILITATOR && !mechanism.facilitators().contains(viewer.institution()))) {
			throw new DeskException.Invalid("hotline.senderNotYours");
		}
		return kind;
	}

	private IncidentView incident(Viewer viewer, MechanismView mechanism, String reference) {
		if (reference == null || reference.isBlank()) {
			return null;
		}
		try {
			IncidentView incident = incidents.incident(viewer, reference.strip(), LanguageCode.EN);
			if (!incident.mechanismId().equals(mechanism.id())) {
				throw new DeskException.Invalid("hotline.incidentOfAnotherMechanism", incident.publicId());
			}
			return incident;
		}
		catch (DeskException.NotFound unknown) {
			throw new DeskException.Invalid("hotline.incidentUnknown", SingleLine.clean(reference));
		}
	}
}
