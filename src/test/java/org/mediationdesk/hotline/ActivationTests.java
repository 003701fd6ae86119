package org.mediationdesk.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.shared.DeskException;

/** An activation guards its steps: relayed by the operator, then acknowledged and answered by each addressee. */
class ActivationTests {

	private static final Instant SENT = Instant.parse("2026-03-14T06:30:00Z");
	private static final Deadlines URGENT = new Deadlines(Duration.ofHours(1), Duration.ofHours(24));
	private static final UUID MECHANISM = UUID.randomUUID();
	private static final UUID GE = UUID.randomUUID();
	private static final UUID SO = UUID.randomUUID();
	private static final UUID RU = UUID.randomUUID();

	private static final Actor DESK = new Actor("secretariat", true, null);
	private static final Actor FROM_GE = new Actor("ge", false, GE);
	private static final Actor FROM_SO = new Actor("so", false, SO);
	private static final Actor FROM_RU = new Actor("ru", false, RU);

	private static Activation fromGroup() {
		return Activation.send(new Activation.Sending(MECHANISM, SenderKind.GROUP, GE, "ge", ActivationKind.MESSAGE,
				Urgency.URGENT, "Resident detained", "Please confirm where the person is held.", null, null,
				new LinkedHashSet<>(List.of(SO, RU))), SENT, URGENT);
	}

	@Test
	void fixesItsDeadlinesFromTheMomentItIsSent() {
		Activation activation = fromGroup();
		assertThat(activation.acknowledgeBy()).isEqualTo(SENT.plus(Duration.ofHours(1)));
		assertThat(activation.respondBy()).isEqualTo(SENT.plus(Duration.ofHours(24)));
		assertThat(activation.state()).isEqualTo(ActivationState.AWAITING_RELAY);
	}

	@Test
	void staysTheOperatorsAndTheSendersUntilRelayed() {
		Activation activation = fromGroup();
		assertThat(activation.readBy(DESK)).isTrue();
		assertThat(activation.readBy(FROM_GE)).isTrue();
		assertThat(activation.readBy(FROM_SO)).as("confided to the operator").isFalse();
		activation.relay(DESK, SENT.plusSeconds(60));
		assertThat(activation.readBy(FROM_SO)).isTrue();
		assertThat(activation.state()).isEqualTo(ActivationState.AWAITING_ACKNOWLEDGEMENT);
	}

	@Test
	void isRelayedOnlyByTheOperatorAndOnlyOnce() {
		Activation activation = fromGroup();
		assertThatThrownBy(() -> activation.relay(FROM_GE, SENT)).isInstanceOf(DeskException.Conflict.class)
			.hasMessage("hotline.relayByOperator");
		activation.relay(DESK, SENT);
		assertThatThrownBy(() -> activation.relay(DESK, SENT)).isInstanceOf(DeskException.Conflict.class)
			.hasMessage("hotline.alreadyRelayed");
	}

	@Test
	void whatTheOperatorSendsNeedsNoRelay() {
		Activation activation = Activation.send(new Activation.Sending(MECHANISM, SenderKind.OPERATOR, null, "desk",
				ActivationKind.ADVANCE_NOTICE, Urgency.ROUTINE, "Exercise", "An exercise near the line on Monday.", null,
				null, Set.of(SO)), SENT, URGENT);
		assertThat(activation.relayed()).isTrue();
		assertThat(activation.availableActions(FROM_SO)).containsExactly(ActivationAction.ACKNOWLEDGE);
		assertThat(activation.availableActions(DESK)).isEmpty();
	}

	@Test
	void refusesAcknowledgementBeforeTheRelayAndFromAGroupNotAddressed() {
		Activation activation = fromGroup();
		assertThatThrownBy(() -> activation.acknowledge(FROM_SO, SENT)).isInstanceOf(DeskException.Conflict.class)
			.hasMessage("hotline.notRelayed");
		activation.relay(DESK, SENT);
		assertThatThrownBy(() -> activation.acknowledge(FROM_GE, SENT)).isInstanceOf(DeskException.Conflict.class)
			.hasMessage("hotline.notAddressed");
		assertThatThrownBy(() -> activation.acknowledge(DESK, SENT)).isInstanceOf(DeskException.Conflict.class)
			.hasMessage("hotline.notAddressed");
	}

	@Test
	void eachAddresseeAcknowledgesOnceThenResponds() {
		Activation activation = fromGroup();
		activation.relay(DESK, SENT);
		assertThat(activation.availableActions(FROM_SO)).containsExactly(ActivationAction.ACKNOWLEDGE);
		assertThatThrownBy(() -> activation.respond(FROM_SO, "Held at the post.", SENT))
			.isInstanceOf(DeskException.Conflict.class).hasMessage("hotline.notAcknowledged");
		activation.acknowledge(FROM_SO, SENT.plusSeconds(600));
		assertThatThrownBy(() -> activation.acknowledge(FROM_SO, SENT.plusSeconds(601)))
			.isInstanceOf(DeskException.Conflict.class).hasMessage("hotline.alreadyAcknowledged");
		assertThat(activation.acknowledgedByAll()).isFalse();
		assertThat(activation.availableActions(FROM_SO)).containsExactly(ActivationAction.RESPOND);
		activation.acknowledge(FROM_RU, SENT.plusSeconds(700));
		assertThat(activation.acknowledgedByAll()).isTrue();
		assertThat(activation.state()).isEqualTo(ActivationState.AWAITING_RESPONSE);
		assertThatThrownBy(() -> activation.respond(FROM_SO, "  ", SENT)).isInstanceOf(DeskException.Invalid.class);
		activation.respond(FROM_SO, "Held at the post.", SENT.plusSeconds(900));
		activation.respond(FROM_RU, "No information.", SENT.plusSeconds(950));
		assertThatThrownBy(() -> activation.respond(FROM_RU, "Again.", SENT.plusSeconds(990)))
			.isInstanceOf(DeskException.Conflict.class).hasMessage("hotline.alreadyResponded");
		assertThat(activation.state()).isEqualTo(ActivationState.ANSWERED);
		assertThat(activation.availableActions(FROM_SO)).isEmpty();
	}

	@Test
	void isOverdueWhenAStepIsLateOrNotDoneByItsDeadline() {
		Activation activation = fromGroup();
		activation.relay(DESK, SENT);
		assertThat(activation.overdue(SENT.plus(Duration.ofMinutes(59)))).isFalse();
		assertThat(activation.overdue(SENT.plus(Duration.ofMinutes(61)))).isTrue();
		activation.acknowledge(FROM_SO, SENT.plus(Duration.ofMinutes(10)));
		activation.acknowledge(FROM_RU, SENT.plus(Duration.ofMinutes(20)));
		assertThat(activation.overdue(SENT.plus(Duration.ofHours(2)))).as("both acknowledged in time").isFalse();
		activation.respond(FROM_SO, "Late answer.", SENT.plus(Duration.ofHours(25)));
		assertThat(activation.overdue(SENT.plus(Duration.ofHours(2)))).as("answered after its deadline").isTrue();
	}

	@Test
	void refusesAnActivationWithoutAddresseesOrToItsOwnGroup() {
		assertThatThrownBy(() -> Activation.send(new Activation.Sending(MECHANISM, SenderKind.GROUP, GE, "ge",
				ActivationKind.MESSAGE, Urgency.URGENT, "s", "m", null, null, Set.of()), SENT, URGENT))
			.isInstanceOf(DeskException.Invalid.class).hasMessage("hotline.addresseesRequired");
		assertThatThrownBy(() -> Activation.send(new Activation.Sending(MECHANISM, SenderKind.GROUP, GE, "ge",
				ActivationKind.MESSAGE, Urgency.URGENT, "s", "m", null, null, Set.of(GE, SO)), SENT, URGENT))
			.isInstanceOf(DeskException.Invalid.class).hasMessage("hotline.notToItself");
	}
}
