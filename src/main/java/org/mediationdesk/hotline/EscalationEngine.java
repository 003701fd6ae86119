package org.mediationdesk.hotline;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.mediationdesk.hotline.HotlineEvent.ActivationEscalated;
import org.mediationdesk.incidents.MechanismView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The escalation engine, one loop on the database as GoAlert's: a tick claims the clocks that are due
 * ({@code SELECT … FOR UPDATE SKIP LOCKED}: what another node holds is left to it), and for each moves the clock on
 * by a conditional update (only from the step it read), records the step fired (its key, activation and step,
 * stops a second one) and publishes {@link ActivationEscalated}, which the notifications module tells in the
 * application and by e-mail. So each step fires once, however many nodes tick at once. An activation that every
 * addressee acknowledged in the meantime is not escalated: its clock stops.
 */
@Component
class EscalationEngine {

	/** Who the log names as the actor of an escalation. */
	static final String ACTOR = "hotline-escalation";

	private static final int BATCH = 100;

	private final JdbcClient jdbc;
	private final ActivationRepository activations;
	private final EscalationChains chains;
	private final HotlineCircles circles;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Clock clock;

	EscalationEngine(JdbcClient jdbc, ActivationRepository activations, EscalationChains chains, HotlineCircles circles,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.activations = activations;
		this.chains = chains;
		this.circles = circles;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** One tick now. */
	int tick() {
		return tick(clock.instant());
	}

	/**
	 * One tick at a given moment: fires every step due then (a tick that comes late fires each step since missed,
	 * in order, one claim at a time); answers how many fired.
	 */
	int tick(Instant now) {
		int fired = 0;
		for (int pass = 0; pass <= EscalationChains.MOST_STEPS; pass++) {
			int firedNow = pass(now);
			fired += firedNow;
			if (firedNow == 0) {
				break;
			}
		}
		return fired;
	}

	/** One claim of the clocks due, in one transaction. */
	private int pass(Instant now) {
		Integer fired = transactions.execute(status -> {
			List<Due> due = jdbc.sql("SELECT activation_id, next_step FROM hotline_clock WHERE due_at <= :now"
					+ " ORDER BY due_at FETCH FIRST " + BATCH + " ROWS ONLY FOR UPDATE SKIP LOCKED")
				.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.query((row, n) -> new Due(row.getObject("activation_id", UUID.class), row.getInt("next_step")))
				.list();
			int count = 0;
			for (Due each : due) {
				count += fire(each, now) ? 1 : 0;
			}
			return count;
		});
		return fired == null ? 0 : fired;
	}

	private boolean fire(Due due, Instant now) {
		Optional<Activation> found = activations.findById(due.activation());
		if (found.isEmpty() || found.get().acknowledgedByAll()) {
			stop(due);
			return false;
		}
		Activation activation = found.get();
		List<EscalationStep> chain = chains.chain(activation.mechanismId());
		if (due.step() >= chain.size()) {
			stop(due);
			return false;
		}
		EscalationStep step = chain.get(due.step());
		Instant next = due.step() + 1 < chain.size() ? activation.acknowledgeBy().plus(chain.get(due.step() + 1).delay())
				: null;
		int moved = jdbc.sql("UPDATE hotline_clock SET next_step = :after, due_at = :next"
				+ " WHERE activation_id = :id AND next_step = :step")
			.param("after", due.step() + 1)
			.param("next", next == null ? null : OffsetDateTime.ofInstant(next, ZoneOffset.UTC))
			.param("id", due.activation())
			.param("step", due.step())
			.update();
		int recorded = moved == 0 ? 0 : jdbc.sql("INSERT INTO hotline_escalation (activation_id, step, target, fired_at)"
				+ " SELECT :id, :step, :target, :at FROM hotline_clock WHERE activation_id = :id AND NOT EXISTS"
				+ " (SELECT 1 FROM hotline_escalation WHERE activation_id = :id AND step = :step)")
			.param("id", due.activation())
			.param("step", due.step())
			.param("target", step.target().name())
			.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
		if (recorded == 0) {
			return false;
		}
		MechanismView mechanism = circles.all().get(activation.mechanismId());
		events.publishEvent(new ActivationEscalated(ACTOR, activation.id(), activation.mechanismId(),
				mechanism == null ? "" : mechanism.code(), due.step() + 1, step.target(), step.accounts(),
				mechanism == null ? List.of() : mechanism.facilitators(), activation.urgency()));
		return true;
	}

	private void stop(Due due) {
		jdbc.sql("UPDATE hotline_clock SET due_at = NULL WHERE activation_id = :id AND next_step = :step")
			.param("id", due.activation())
			.param("step", due.step())
			.update();
	}

	private record Due(UUID activation, int step) {
	}
}
