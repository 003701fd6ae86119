package org.mediationdesk.board;

import java.time.Instant;
import java.util.UUID;

/**
 * A group's request for the floor on a list of speakers. Part of {@link SpeakerList}.
 *
 * @param askedBy the account that asked, for the audit and the attributed record
 * @param floorAt when the group was given the floor, {@code null} before
 * @param endedAt when the group's turn ended or the request was withdrawn, {@code null} before
 */
record SpeakerRequest(UUID groupId, SpeakerStatus status, String askedBy, Instant askedAt, Instant floorAt,
		Instant endedAt) {

	SpeakerRequest speaking(Instant at) {
		return new SpeakerRequest(groupId, SpeakerStatus.SPEAKING, askedBy, askedAt, at, null);
	}

	SpeakerRequest ended(SpeakerStatus next, Instant at) {
		return new SpeakerRequest(groupId, next, askedBy, askedAt, floorAt, at);
	}
}
