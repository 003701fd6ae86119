package org.mediationdesk.commitments;

import java.time.Instant;

import org.mediationdesk.shared.Localized;
import org.springframework.data.annotation.PersistenceCreator;

/**
 * A round that discussed a commitment: the status it left with, the co-chairs' neutral note in each language, and
 * whether the step is kept from the public ({@code confidential}); optionally a link to where the record says so.
 */
record CommitmentStep(int roundNumber, CommitmentStatus status, String note, String noteRu, String noteKa,
		boolean confidential, String sourceLink, String recordedBy, Instant recordedAt) {

	@PersistenceCreator
	CommitmentStep {
	}

	Localized notes() {
		return new Localized(note, noteRu, noteKa);
	}
}
