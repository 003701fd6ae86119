package org.mediationdesk.process;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** One meeting within a round: a working group, an information meeting, a shuttle visit … */
class RoundMeeting {

	@Id
	private UUID id;
	private UUID roundId;
	private MeetingKind kind;
	private String topic;
	private LocalDate heldOn;
	private LocalTime startsAt;
	private String place;
	private String coModerators;
	private String invitedGroups;
	@Version
	private Long version;

	@PersistenceCreator
	RoundMeeting() {
	}

	static RoundMeeting of(UUID roundId, NewMeeting details) {
		RoundMeeting meeting = new RoundMeeting();
		meeting.id = UUID.randomUUID();
		meeting.roundId = roundId;
		meeting.kind = details.kind();
		meeting.topic = details.topic();
		meeting.heldOn = details.heldOn();
		meeting.startsAt = details.startsAt();
		meeting.place = details.place();
		meeting.coModerators = details.coModerators();
		meeting.invitedGroups = details.invitedGroups().isEmpty() ? null : String.join(",", details.invitedGroups());
		return meeting;
	}

	UUID id() {
		return id;
	}

	MeetingView view() {
		return new MeetingView(id, kind, topic, heldOn, startsAt, place, coModerators,
				invitedGroups == null ? List.of() : List.of(invitedGroups.split(",")));
	}

	UUID roundId() {
		return roundId;
	}
}
