package org.mediationdesk.commitments;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.PersistenceCreator;

/** A side's own reading of a commitment, in its words: its group's, labelled as such, never merged with another. */
record CommitmentReading(UUID groupId, String text, String givenBy, Instant givenAt) {

	@PersistenceCreator
	CommitmentReading {
	}
}
