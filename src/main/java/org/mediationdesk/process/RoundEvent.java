package org.mediationdesk.process;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceScoped;
import org.mediationdesk.shared.AuditableEvent;

/**
 * Something that happened to a numbered round, as a past-tense fact. Rounds, their dates, statuses, meetings,
 * outcomes and decisions are public, and so is each of these events; none carries what the co-chairs keep to
 * themselves (their internal note, who was invited to a meeting). The round is named by its number, which
 * never changes.
 */
public sealed interface RoundEvent extends AuditableEvent, AudienceScoped permits RoundConvened, RoundPostponed,
		RoundStatusChanged, MeetingAdded, MeetingChanged, MeetingRemoved, AgendaOutcomeRecorded, DecisionRecorded,
		RoundTextsEdited {

	/**
	 * What the names of these events in the audit log begin with ({@code round.held}); they are names of the
	 * log, not message keys.
	 */
	String AUDIT_PREFIX = "round.";

	/** The number of the round. */
	int number();

	@Override
	default String objectType() {
		return "round";
	}

	@Override
	default String objectId() {
		return String.valueOf(number());
	}

	@Override
	default Audience audience() {
		return Audience.everyone();
	}
}
