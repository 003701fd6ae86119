package org.mediationdesk.process;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import java.util.List;

/**
 * A meeting about the process that is not one of its rounds, such as some participants' own consultations
 * on their positions for the talks. It is recorded as related, never numbered as a round.
 */
class RelatedMeeting {

	@Id
	private UUID id;
	private UUID processId;
	private String title;
	private LocalDate heldOn;
	private String dateNote;
	private String place;
	private String groupCodes;
	private String summary;
	private String source;
	@Version
	private Long version;

	@PersistenceCreator
	RelatedMeeting() {
	}

	static RelatedMeeting of(UUID processId, String title, LocalDate heldOn, String dateNote, String place,
			String groupCodes, String summary, String source) {
		RelatedMeeting meeting = new RelatedMeeting();
		meeting.id = UUID.randomUUID();
		meeting.processId = processId;
		meeting.title = title;
		meeting.heldOn = heldOn;
		meeting.dateNote = dateNote;
		meeting.place = place;
		meeting.groupCodes = groupCodes;
		meeting.summary = summary;
		meeting.source = source;
		return meeting;
	}

	RelatedMeetingView view() {
		return new RelatedMeetingView(id, title, heldOn, dateNote, place,
				groupCodes == null || groupCodes.isBlank() ? List.of() : List.of(groupCodes.split(",")),
				summary, source);
	}
}
