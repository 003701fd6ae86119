package org.mediationdesk.hotline;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.mediationdesk.hotline.ActivationView.AddresseeView;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.incidents.MechanismView;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.participants.ParticipantDirectory;
import org.springframework.stereotype.Component;

/** Builds an activation's view for a viewer of its mechanism's circle. */
@Component
class ActivationViews {

	private final ParticipantDirectory directory;
	private final Clock clock;

	ActivationViews(ParticipantDirectory directory, Clock clock) {
		this.directory = directory;
		this.clock = clock;
	}

	/** The actor a viewer is on the hotline: at the operator's desk (the co-chairs and secretariat) or of a group. */
	static Actor actor(Viewer viewer) {
		return new Actor(viewer.username(), viewer.isMediator(), viewer.isParticipant() ? viewer.groupId() : null);
	}

	ActivationView view(Viewer viewer, MechanismView mechanism, Activation activation) {
		return view(viewer, mechanism, activation, clock.instant());
	}

	ActivationView view(Viewer viewer, MechanismView mechanism, Activation activation, Instant now) {
		List<AddresseeView> addressees = activation.addressees().stream()
			.map(a -> new AddresseeView(group(a.groupId()), a.acknowledgedAt(),
					a.acknowledgedAt() != null && a.acknowledgedAt().isAfter(activation.acknowledgeBy()), a.respondedAt(),
					a.respondedAt() != null && a.respondedAt().isAfter(activation.respondBy()), a.response()))
			.sorted(Comparator.comparing(a -> a.group().code()))
			.toList();
		return new ActivationView(activation.id(), mechanism.id(), mechanism.code(), activation.senderKind(),
				activation.senderGroup() == null ? null : group(activation.senderGroup()), activation.kind(),
				activation.urgency(), activation.subject(), activation.message(), activation.incidentPublicId(),
				activation.activatedAt(), activation.acknowledgeBy(), activation.respondBy(), activation.relayedAt(),
				activation.state(), activation.overdue(now), addressees, activation.availableActions(actor(viewer)));
	}

	GroupView group(UUID id) {
		Optional<GroupView> group = directory.group(id);
		return group.orElseGet(() -> new GroupView(id, "?", "?", null, null));
	}
}
