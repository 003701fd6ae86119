package org.mediationdesk.process;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
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
	private LocalTime startsAt;
	private String place;
	private String coModerators;
	private String invitedGroups;
	@Version
	private Long version;

	@PersistenceCreator
	RoundSession() {
	}

	static RoundSession of(UUID roundId, NewSession details) {
		RoundSession session = new RoundSession();
		session.id = UUID.randomUUID();
		session.roundId = roundId;
		session.kind = details.kind();
		session.topic = details.topic();
		session.heldOn = details.heldOn();
		session.startsAt = details.startsAt();
		session.place = details.place();
		session.coModerators = details.coModerators();
		session.invitedGroups = details.invitedGroups().isEmpty() ? null : String.join(",", details.invitedGroups());
		return session;
	}

	UUID id() {
		return id;
	}

	SessionView view() {
		return new SessionView(id, kind, topic, heldOn, startsAt, place, coModerators,
				invitedGroups == null ? List.of() : List.of(invitedGroups.split(",")));
	}
}
