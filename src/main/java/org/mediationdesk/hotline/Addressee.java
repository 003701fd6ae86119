package org.mediationdesk.hotline;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.PersistenceCreator;

/** One addressee group of an activation, with its two steps: acknowledged, then responded. */
record Addressee(UUID groupId, Instant acknowledgedAt, String acknowledgedBy, Instant respondedAt, String respondedBy,
		String response) {

	@PersistenceCreator
	Addressee {
	}

	static Addressee of(UUID group) {
		return new Addressee(group, null, null, null, null, null);
	}

	boolean acknowledged() {
		return acknowledgedAt != null;
	}

	boolean responded() {
		return respondedAt != null;
	}

	Addressee acknowledge(String by, Instant at) {
		return new Addressee(groupId, at, by, null, null, null);
	}

	Addressee respond(String by, Instant at, String text) {
		return new Addressee(groupId, acknowledgedAt, acknowledgedBy, at, by, text);
	}
}
