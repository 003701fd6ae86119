package org.mediationdesk.participants;

import java.util.UUID;

import org.mediationdesk.shared.AuditableEvent;

/**
 * The co-chairs or the secretariat added a participant (a person, in an individual capacity) to a participant group.
 * It names the group, never the person: participants' names are for the logged-in participants and the co-chairs,
 * not for everyone who reads the audit log.
 *
 * @param actor who added them
 * @param participantId the participant added
 * @param groupId the group they take part in
 */
public record ParticipantAdded(String actor, UUID participantId, UUID groupId) implements AuditableEvent {

	@Override
	public String action() {
		return "participant.added";
	}

	@Override
	public String objectType() {
		return "participant";
	}

	@Override
	public String objectId() {
		return participantId.toString();
	}
}
