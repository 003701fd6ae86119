package org.mediationdesk.commitments;

import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceScoped;
import org.mediationdesk.shared.AuditableEvent;

/**
 * What happened to a commitment, under the commitment's audience (a step kept from the public: for the participants
 * and the co-chairs at most). An event names the commitment, the round and the status, or the group that gave a
 * reading; never what a note or a reading says.
 */
public sealed interface CommitmentEvent extends AuditableEvent, AudienceScoped {

	UUID commitment();

	@Override
	default String objectType() {
		return CommitmentLabels.COMMITMENT;
	}

	@Override
	default String objectId() {
		return commitment().toString();
	}

	/** The co-chairs recorded a commitment, with the round that raised or agreed it. */
	record CommitmentRecorded(String actor, UUID commitment, int round, CommitmentStatus status, Audience audience)
			implements CommitmentEvent {

		@Override
		public String action() {
			return "commitment.recorded";
		}
	}

	/** A round moved a commitment, or recorded that it did not: the status it left with. */
	record CommitmentProgressed(String actor, UUID commitment, int round, CommitmentStatus status, Audience audience)
			implements CommitmentEvent {

		@Override
		public String action() {
			return "commitment.progressed";
		}
	}

	/** A side gave its own reading of a commitment. */
	record CommitmentReadingGiven(String actor, UUID commitment, UUID group, Audience audience)
			implements CommitmentEvent {

		@Override
		public String action() {
			return "commitment.reading-given";
		}
	}
}
