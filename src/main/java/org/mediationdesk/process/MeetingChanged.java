package org.mediationdesk.process;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A meeting of a round was changed by the co-chairs or secretariat (its kind, topic, day, time, place,
 * co-moderators or invited groups), or moved with its round when the round was postponed. Like
 * {@link MeetingAdded}, it does not say who was invited.
 *
 * @param previousDay the day the meeting had before, {@code null} if it had none
 * @param heldOn the day it has now, {@code null} if none
 * @param movedWithRound whether it was moved by the postponement of its round rather than edited
 */
public record MeetingChanged(String actor, int number, UUID meetingId, MeetingKind kind, LocalDate previousDay,
		LocalDate heldOn, boolean movedWithRound) implements RoundEvent {

	@Override
	public String action() {
		return AUDIT_PREFIX + "meeting_changed";
	}

	@Override
	public String detail() {
		return kind.name() + (movedWithRound ? " moved with the round" : "");
	}
}
