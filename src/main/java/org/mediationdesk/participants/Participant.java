package org.mediationdesk.participants;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** A person taking part in an individual capacity, in exactly one participant group. */
class Participant {

	@Id
	private UUID id;
	private UUID groupId;
	private String name;
	private String functionTitle;
	@Version
	private Long version;

	@PersistenceCreator
	Participant() {
	}

	static Participant of(UUID groupId, String name, String function) {
		Participant participant = new Participant();
		participant.id = UUID.randomUUID();
		participant.groupId = groupId;
		participant.name = name;
		participant.functionTitle = function;
		return participant;
	}

	ParticipantView view() {
		return new ParticipantView(id, groupId, name, functionTitle);
	}
}
