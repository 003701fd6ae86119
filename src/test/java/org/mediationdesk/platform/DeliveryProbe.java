package org.mediationdesk.platform;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.mediationdesk.process.RoundPostponed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A listener of postponed rounds for the tests of event delivery: after the commit, through the event publication
 * registry like the notifications, it fails as many times as it is told to (as a listener does whose database or
 * mail server is away); and while told to, it keeps a copy of what the registry recorded for the notifications in
 * the writer's transaction, so that a test can put it back as if its completion had been lost.
 */
@Component
class DeliveryProbe {

	/** What the registry recorded for a listener. */
	record Recorded(UUID id, String listenerId, String eventType, String serializedEvent) {
	}

	private final AtomicInteger failuresToCome = new AtomicInteger();
	private final AtomicInteger deliveries = new AtomicInteger();
	private final List<Recorded> recorded = new CopyOnWriteArrayList<>();
	private volatile boolean keepingRecords;

	private final JdbcClient jdbc;

	DeliveryProbe(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// (the registry wraps the probe in a proxy: the test speaks to it through methods, never its fields)

	void failNext(int times) {
		failuresToCome.set(times);
	}

	int deliveries() {
		return deliveries.get();
	}

	void keepRecords(boolean keep) {
		keepingRecords = keep;
		if (keep) {
			recorded.clear();
		}
	}

	List<Recorded> recorded() {
		return List.copyOf(recorded);
	}

	@TransactionalEventListener
	void delivered(RoundPostponed event) {
		deliveries.incrementAndGet();
		if (failuresToCome.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
			throw new IllegalStateException("the probe fails as it was told to");
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void committing(RoundPostponed event) {
		if (keepingRecords) {
			recorded.addAll(jdbc.sql("SELECT id, listener_id, event_type, serialized_event FROM event_publication"
					+ " WHERE listener_id LIKE '%RoundNotifications%'").query(Recorded.class).list());
		}
	}
}
