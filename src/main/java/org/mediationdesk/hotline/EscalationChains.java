package org.mediationdesk.hotline;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.SingleLine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mechanisms' escalation chains: a mechanism's own, or the default of the settings (the supervisors at the
 * deadline, the facilitators half an hour later, "nobody answered" two hours after it). A chain has one to ten
 * steps, delays that never go back, and ends, and only ends, in "nobody answered".
 */
@Component
class EscalationChains {

	static final int MOST_STEPS = 10;

	private final JdbcClient jdbc;
	private final HotlineProperties properties;

	EscalationChains(JdbcClient jdbc, HotlineProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/** The chain of a mechanism: its own, or the default one. */
	List<EscalationStep> chain(UUID mechanism) {
		List<EscalationStep> own = own(mechanism);
		return own.isEmpty() ? defaultChain() : own;
	}

	/** A mechanism's own chain, empty where it follows the default one. */
	List<EscalationStep> own(UUID mechanism) {
		return jdbc.sql("SELECT delay_minutes, target, accounts FROM hotline_escalation_step"
				+ " WHERE mechanism_id = :mechanism ORDER BY position")
			.param("mechanism", mechanism)
			.query((row, n) -> new EscalationStep(Duration.ofMinutes(row.getInt("delay_minutes")),
					EscalationTarget.valueOf(row.getString("target")), accounts(row.getString("accounts"))))
			.list();
	}

	List<EscalationStep> defaultChain() {
		return List.of(new EscalationStep(properties.supervisorsAfter(), EscalationTarget.SUPERVISORS, List.of()),
				new EscalationStep(properties.facilitatorsAfter(), EscalationTarget.FACILITATORS, List.of()),
				new EscalationStep(properties.nobodyAnsweredAfter(), EscalationTarget.NOBODY_ANSWERED, List.of()));
	}

	/** Replaces a mechanism's chain; it applies to the steps still to come of every open activation. */
	void replace(UUID mechanism, List<EscalationStep> steps) {
		List<EscalationStep> checked = checked(steps);
		jdbc.sql("DELETE FROM hotline_escalation_step WHERE mechanism_id = :mechanism").param("mechanism", mechanism)
			.update();
		for (int position = 0; position < checked.size(); position++) {
			EscalationStep step = checked.get(position);
			jdbc.sql("INSERT INTO hotline_escalation_step (mechanism_id, position, delay_minutes, target, accounts)"
					+ " VALUES (:mechanism, :position, :delay, :target, :accounts)")
				.param("mechanism", mechanism)
				.param("position", position)
				.param("delay", (int) step.delay().toMinutes())
				.param("target", step.target().name())
				.param("accounts", step.accounts().isEmpty() ? null : String.join(",", step.accounts()))
				.update();
		}
	}

	/**
	 * After a chain changed, moves on the clocks still running of the mechanism's open activations: each keeps its
	 * place in the chain (the steps it has fired are behind it and never fire again), and its next step is due as the
	 * new chain says, or never if the new chain has no step there. A clock stopped (acknowledged by all) or run to
	 * its end stays as it is.
	 */
	void realignClocks(UUID mechanism) {
		List<EscalationStep> chain = chain(mechanism);
		List<Running> running = jdbc.sql("SELECT c.activation_id, c.next_step, a.acknowledge_by FROM hotline_clock c"
				+ " JOIN activation a ON a.id = c.activation_id WHERE a.mechanism_id = :mechanism AND c.due_at IS NOT NULL")
			.param("mechanism", mechanism)
			.query((row, n) -> new Running(row.getObject("activation_id", UUID.class), row.getInt("next_step"),
					row.getObject("acknowledge_by", OffsetDateTime.class).toInstant()))
			.list();
		for (Running clock : running) {
			Instant due = clock.step() < chain.size() ? clock.acknowledgeBy().plus(chain.get(clock.step()).delay()) : null;
			jdbc.sql("UPDATE hotline_clock SET due_at = :due WHERE activation_id = :id AND next_step = :step")
				.param("due", due == null ? null : OffsetDateTime.ofInstant(due, ZoneOffset.UTC))
				.param("id", clock.activation())
				.param("step", clock.step())
				.update();
		}
	}

	private record Running(UUID activation, int step, Instant acknowledgeBy) {
	}

	static List<EscalationStep> checked(List<EscalationStep> steps) {
		if (steps == null || steps.isEmpty() || steps.size() > MOST_STEPS || steps.stream().anyMatch(Objects::isNull)) {
			throw new DeskException.Invalid("hotline.chainSteps", MOST_STEPS);
		}
		Duration before = Duration.ZERO;
		for (int i = 0; i < steps.size(); i++) {
			EscalationStep step = steps.get(i);
			boolean last = i == steps.size() - 1;
			if (step.target() == null || (step.target() == EscalationTarget.NOBODY_ANSWERED) != last) {
				throw new DeskException.Invalid("hotline.chainEnds");
			}
			if (step.delay() == null || step.delay().isNegative() || step.delay().compareTo(Duration.ofDays(30)) > 0) {
				throw new DeskException.Invalid("hotline.chainDelayRange", i + 1, Duration.ofDays(30).toMinutes());
			}
			if (step.delay().compareTo(before) < 0) {
				throw new DeskException.Invalid("hotline.chainDelays", i + 1, step.delay().toMinutes(), i,
						before.toMinutes());
			}
			before = step.delay();
		}
		List<EscalationStep> cleaned = steps.stream().map(step -> new EscalationStep(
				Duration.ofMinutes(step.delay().toMinutes()), step.target(),
				step.target() == EscalationTarget.SUPERVISORS ? step.accounts().stream().map(SingleLine::clean)
					.map(String::strip).filter(name -> !name.isEmpty()).distinct().toList() : List.of()))
			.toList();
		if (cleaned.stream().anyMatch(step -> String.join(",", step.accounts()).length() > 1000
				|| step.accounts().stream().anyMatch(name -> name.length() > 100 || name.contains(",")))) {
			throw new DeskException.Invalid("hotline.chainAccounts");
		}
		return cleaned;
	}

	private static List<String> accounts(String stored) {
		return stored == null ? List.of() : Arrays.stream(stored.split(",")).filter(name -> !name.isBlank()).toList();
	}
}
