package org.mediationdesk.hotline;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The engine's clock of each activation ({@code hotline_clock}): the next step of its mechanism's escalation chain
 * and when it is due. It starts when the activation is sent and stops once every addressee has acknowledged it.
 * It is kept beside the activation, not in it, so that the engine's steps never clash with the addressees'.
 */
@Component
class HotlineClocks {

	private final JdbcClient jdbc;
	private final EscalationChains chains;

	HotlineClocks(JdbcClient jdbc, EscalationChains chains) {
		this.jdbc = jdbc;
		this.chains = chains;
	}

	void start(Activation activation) {
		Instant due = activation.acknowledgeBy().plus(chains.chain(activation.mechanismId()).get(0).delay());
		jdbc.sql("INSERT INTO hotline_clock (activation_id, next_step, due_at) VALUES (:id, 0, :due)")
			.param("id", activation.id())
			.param("due", OffsetDateTime.ofInstant(due, ZoneOffset.UTC))
			.update();
	}

	void stop(UUID activation) {
		jdbc.sql("UPDATE hotline_clock SET due_at = NULL WHERE activation_id = :id").param("id", activation).update();
	}
}
