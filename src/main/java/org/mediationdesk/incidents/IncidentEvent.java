package org.mediationdesk.incidents;

import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceScoped;
import org.mediationdesk.shared.AuditableEvent;

/**
 * What happened to an incident of a register. A register is its mechanism's circle's (its groups, facilitators and
 * the co-chairs): the log keeps its entries for the co-chairs, the narrowest audience that holds every circle. An
 * event names the incident, its public id and which source gave an account, never what any account says.
 */
public sealed interface IncidentEvent extends AuditableEvent, AudienceScoped {

	UUID incident();

	String publicId();

	@Override
	default String objectType() {
		return "incident";
	}

	@Override
	default String objectId() {
		return incident().toString();
	}

	@Override
	default String detail() {
		return publicId();
	}

	@Override
	default Audience audience() {
		return Audience.coChairs();
	}

	/** An incident was reported to a mechanism's register. */
	record IncidentReported(String actor, UUID incident, String publicId, UUID mechanism, IncidentKind kind)
			implements IncidentEvent {

		@Override
		public String action() {
			return "incident.reported";
		}
	}

	/** A source gave its account of an incident: a group ({@code group}), or the facilitators ({@code null}). */
	record IncidentAccountGiven(String actor, UUID incident, String publicId, UUID group) implements IncidentEvent {

		@Override
		public String action() {
			return "incident.account-given";
		}
	}

	/** An incident moved in its review, to {@code state}. */
	record IncidentReviewed(String actor, UUID incident, String publicId, ReviewState state) implements IncidentEvent {

		@Override
		public String action() {
			return "incident.reviewed";
		}
	}

	/** An incident became a long-lived case, followed up at every meeting of its mechanism until it is closed. */
	record IncidentCaseOpened(String actor, UUID incident, String publicId) implements IncidentEvent {

		@Override
		public String action() {
			return "incident.case-opened";
		}
	}

	/** A meeting of the incident's mechanism ({@code meeting}) takes it up in its review of past incidents. */
	record IncidentPutOnReview(String actor, UUID incident, String publicId, UUID meeting) implements IncidentEvent {

		@Override
		public String action() {
			return "incident.put-on-review";
		}
	}

	/**
	 * A duplicate ({@code duplicate}, {@code duplicatePublicId}) was merged into the incident, which took in its
	 * accounts and kept its own public id.
	 */
	record IncidentMerged(String actor, UUID incident, String publicId, UUID duplicate, String duplicatePublicId)
			implements IncidentEvent {

		@Override
		public String action() {
			return "incident.merged";
		}

		@Override
		public String detail() {
			return duplicatePublicId + " → " + publicId;
		}
	}
}
