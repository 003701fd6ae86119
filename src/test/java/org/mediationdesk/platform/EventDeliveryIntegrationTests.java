package org.mediationdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.process.RoundManagement;
import org.mediationdesk.process.RoundRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What runs after the writer's commit is delivered through the event publication registry: a listener that fails
 * leaves its publication incomplete without undoing the change, the resubmission job delivers it again once it is
 * old enough to count as lost, and a delivery that happens twice tells nobody twice.
 */
@IntegrationTest
class EventDeliveryIntegrationTests {

	@Autowired
	EventResubmission resubmission;

	@Autowired
	DeliveryProbe probe;

	@Autowired
	RoundRecord rounds;

	@Autowired
	RoundManagement management;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void quietProbe() {
		probe.failNext(0);
		probe.keepRecords(false);
	}

	private int postponedRound(Viewer secretariat, int month) {
		int number = management.convene(secretariat, LocalDate.of(2037, month, 10), LocalDate.of(2037, month, 11), null,
				false).number();
		management.postpone(secretariat, number, null, null, "Consultations continue");
		return number;
	}

	private long notificationsOf(int number) {
		return jdbc.sql("SELECT COUNT(*) FROM notification WHERE link = :link AND message_key = :key")
			.param("link", "/rounds/" + number)
			.param("key", "notification.roundPostponedUndated")
			.query(Long.class)
			.single();
	}

	private long outstanding(String listener) {
		return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE :listener")
			.param("listener", "%" + listener + "%")
			.query(Long.class)
			.single();
	}

	/** Makes the registry's records of a listener look older than the resubmission's threshold. */
	private void age(String listener) {
		jdbc.sql("UPDATE event_publication SET publication_date = :then WHERE listener_id LIKE :listener")
			.param("then", Timestamp.from(Instant.now().minus(EventResubmission.AGE).minusSeconds(60)))
			.param("listener", "%" + listener + "%")
			.update();
	}

	@Test
	void deliversAgainWhatAListenerFailedOnceItCountsAsLost() {
		Viewer secretariat = fixtures.viewer(Role.SECRETARIAT, null, null);
		fixtures.viewer(Role.PARTICIPANT, null, "GE");
		probe.failNext(1);
		int before = probe.deliveries();

		int number = postponedRound(secretariat, 3);

		assertThat(probe.deliveries()).isEqualTo(before + 1);
		assertThat(outstanding("DeliveryProbe.delivered")).as("the failed delivery, still owed").isEqualTo(1);
		assertThat(rounds.round(secretariat, number).status().name()).as("the change stands").isEqualTo("POSTPONED");
		assertThat(notificationsOf(number)).as("the other listeners ran").isPositive();

		resubmission.resubmitIncomplete();
		assertThat(probe.deliveries()).as("too young to count as lost").isEqualTo(before + 1);

		age("DeliveryProbe.delivered");
		resubmission.resubmitIncomplete();
		assertThat(probe.deliveries()).isEqualTo(before + 2);
		assertThat(outstanding("DeliveryProbe.delivered")).as("completed, and so deleted").isZero();
	}

	@Test
	void anAnnouncementDeliveredTwiceTellsNobodyTwice() {
		Viewer secretariat = fixtures.viewer(Role.SECRETARIAT, null, null);
		fixtures.viewer(Role.PARTICIPANT, null, "RU");
		probe.keepRecords(true);
		int number = postponedRound(secretariat, 5);
		probe.keepRecords(false);
		long told = notificationsOf(number);
		assertThat(told).isPositive();
		assertThat(probe.recorded()).hasSize(1);
		assertThat(outstanding("RoundNotifications")).as("completed, and so deleted").isZero();

		// as if the node had stopped after the notifications were stored, before the delivery was marked complete
		DeliveryProbe.Recorded lost = probe.recorded().get(0);
		jdbc.sql("""
				INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
				    completion_attempts)
				VALUES (:id, :listener, :type, :event, :then, 'PROCESSING', 1)""")
			.param("id", lost.id())
			.param("listener", lost.listenerId())
			.param("type", lost.eventType())
			.param("event", lost.serializedEvent())
			.param("then", Timestamp.from(Instant.now().minus(EventResubmission.AGE).minusSeconds(60)))
			.update();
		resubmission.resubmitIncomplete();

		assertThat(outstanding("RoundNotifications")).as("delivered again, and completed").isZero();
		assertThat(notificationsOf(number)).as("nobody told twice").isEqualTo(told);
	}
}
