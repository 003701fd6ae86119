package org.mediationdesk.process;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** One meeting within a round: a working group, an information session, a shuttle visit … */
class RoundSession {

	@Id
	private UUID id;
	private UUID roundId;
	private SessionKind kind;
	private String topic;
	private LocalDate heldOn;
	private String place;
	@Version
	private Long version;

	@PersistenceCreator
	RoundSession() {
	}

	static RoundSession of(UUID roundId, SessionKind kind, String topic, LocalDate heldOn, String place) {
		RoundSession session = new RoundSession();
		session.id = UUID.randomUUID();
		session.roundId = roundId;
		session.kind = kind;
		session.topic = topic;
		session.heldOn = heldOn;
		session.place = place;
		return session;
	}

	SessionView view() {
		return new SessionView(id, kind, topic, heldOn, place);
	}
}
