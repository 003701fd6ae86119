package org.mediationdesk.process;

import java.util.Locale;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceScoped;
import org.mediationdesk.shared.AuditableEvent;

/** A round was convened, postponed, held, suspended or collapsed, or a meeting was added to it. */
public record RoundChanged(String actor, Change change, int number, String detail) implements AuditableEvent,
		AudienceScoped {

	public enum Change {
		CONVENED, POSTPONED, HELD, SUSPENDED, COLLAPSED, CONFIRMATION_CHANGED, SESSION_OPENED, OUTCOME_RECORDED,
		DECISION_RECORDED
	}

	@Override
	public String action() {
		return "round." + change.name().toLowerCase(Locale.ROOT);
	}

	@Override
	public String objectType() {
		return "round";
	}

	@Override
	public String objectId() {
		return String.valueOf(number);
	}

	/** Rounds, their dates and meetings are public. */
	@Override
	public Audience audience() {
		return Audience.everyone();
	}
}
