package org.mediationdesk.process;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.mediationdesk.shared.DeskException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** One meeting within a round: a working group, an information meeting, a shuttle visit … */
class RoundMeeting {

	/** Meetings in the order of their kinds (working groups first), then of their days, times and topics. */
	static final Comparator<MeetingView> ORDER = Comparator.comparing(MeetingView::kind)
		.thenComparing(MeetingView::heldOn, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(MeetingView::startsAt, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(MeetingView::topic, Comparator.nullsFirst(Comparator.naturalOrder()));

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

	/**
	 * Checks what a meeting is to be as the co-chairs give it (on adding or editing it): a kind; a topic where
	 * the kind is named by one; the groups invited (a meeting nobody is invited to, such as an empty plenary,
	 * is no meeting); and a day within the round's dates, where the round has dates.
	 */
	static void check(NewMeeting details, LocalDate roundStart, LocalDate roundEnd) {
		if (details.kind() == null) {
			throw new DeskException.Invalid("meeting.kindRequired");
		}
		if (details.kind().needsTopic() && (details.topic() == null || details.topic().isBlank())) {
			throw new DeskException.Invalid("meeting.topicRequired",
					new DefaultMessageSourceResolvable(new String[] { "meetingKind." + details.kind().name() },
							details.kind().name()));
		}
		if (details.invitedGroups().isEmpty()) {
			throw new DeskException.Invalid("meeting.invitedRequired");
		}
		if (details.heldOn() != null) {
			if (roundStart == null) {
				throw new DeskException.Invalid("meeting.roundWithoutDates");
			}
			LocalDate last = roundEnd == null ? roundStart : roundEnd;
			if (details.heldOn().isBefore(roundStart) || details.heldOn().isAfter(last)) {
				throw new DeskException.Invalid("meeting.outsideRound", details.heldOn(), roundStart, last);
			}
		}
	}

	/** The meeting as the co-chairs now give it: every field replaced. */
	void change(NewMeeting details) {
		kind = details.kind();
		topic = details.topic();
		heldOn = details.heldOn();
		startsAt = details.startsAt();
		place = details.place();
		coModerators = details.coModerators();
		invitedGroups = details.invitedGroups().isEmpty() ? null : String.join(",", details.invitedGroups());
	}

	/** Moves the meeting by as many days as its round moved; a meeting without a day has nothing to move. */
	void moveBy(long days) {
		if (heldOn != null) {
			heldOn = heldOn.plusDays(days);
		}
	}

	LocalDate heldOn() {
		return heldOn;
	}

	UUID roundId() {
		return roundId;
	}

	UUID id() {
		return id;
	}

	MeetingView view() {
		return new MeetingView(id, kind, topic, heldOn, startsAt, place, coModerators,
				invitedGroups == null ? List.of() : List.of(invitedGroups.split(",")));
	}
}
