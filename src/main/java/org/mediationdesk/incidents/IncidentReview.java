package org.mediationdesk.incidents;

import java.util.UUID;

import org.springframework.data.annotation.PersistenceCreator;

/** A meeting of the incident's mechanism whose review of past incidents took the incident up. */
record IncidentReview(UUID meetingId) {

	@PersistenceCreator
	IncidentReview {
	}
}
