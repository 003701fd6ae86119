package org.mediationdesk.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Localized;
import org.mediationdesk.shared.SingleLine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the co-chairs and secretariat do with the rounds of the process: convene, postpone, record where a round
 * stands, its outcomes and decisions, edit its public texts, and add, change and remove its meetings. Each step is
 * theirs alone, is checked by the round (or the meeting) it changes, and is told as an event. Reading the rounds
 * is {@link RoundRecord}'s.
 */
@Service
public class RoundManagement {

	/** The longest venue of a round (its column's length). */
	public static final int MAX_VENUE = 200;

	/** The longest reason of a postponement or a change of status (their columns' length). */
	public static final int MAX_REASON = 1000;

	private final RoundRecord record;
	private final RoundRepository rounds;
	private final RoundMeetingRepository meetings;
	private final JdbcClient jdbc;
	private final ParticipantDirectory directory;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final ObjectProvider<MeetingRecords> meetingRecords;

	RoundManagement(RoundRecord record, RoundRepository rounds, RoundMeetingRepository meetings, JdbcClient jdbc,
			ParticipantDirectory directory, ApplicationEventPublisher events, Clock clock,
			ObjectProvider<MeetingRecords> meetingRecords) {
		this.record = record;
		this.rounds = rounds;
		this.meetings = meetings;
		this.jdbc = jdbc;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
		this.meetingRecords = meetingRecords;
	}

	/**
	 * The co-chairs rewrite a round's public summary and its announced agenda, each in English, Russian and
	 * Georgian. Co-chairs and secretariat only.
	 */
	@Transactional
	public RoundView editPublicTexts(Viewer viewer, int number, Localized summary, Localized agenda) {
		viewer.requireMediator();
		Round round = load(number);
		List<String> changed = round.editPublicTexts(summary == null ? new Localized(null, null, null) : summary,
				agenda == null ? new Localized(null, null, null) : agenda);
		rounds.save(round);
		if (!changed.isEmpty()) {
			events.publishEvent(new RoundTextsEdited(viewer.username(), number, changed));
		}
		return round.view(true);
	}

	/** Convenes the next round: its number continues the sequence. Co-chairs and secretariat only. */
	@Transactional
	public RoundView convene(Viewer viewer, LocalDate start, LocalDate end, String venue, boolean pendingConfirmation) {
		viewer.requireMediator();
		venue = clean(venue, MAX_VENUE, "round.venueTooLong");
		ProcessView process = record.process().orElseThrow(() -> new DeskException.Invalid("round.noProcess"));
		int next = jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM round WHERE process_id = :process")
			.param("process", process.id())
			.query(Integer.class)
			.single();
		String place = venue == null ? process.venue() : venue;
		Round round = rounds.save(Round.convene(process.id(), next, start, end, place, pendingConfirmation));
		// both working groups meet; every participant group is invited to them
		List<String> everyone = directory.allGroups().stream().map(GroupView::code).toList();
		for (MeetingKind kind : List.of(MeetingKind.WORKING_GROUP_I, MeetingKind.WORKING_GROUP_II)) {
			meetings.save(RoundMeeting.of(round.id(), new NewMeeting(kind, null, start, null, place, null, everyone)));
		}
		RoundView convened = round.view(true);
		events.publishEvent(new RoundConvened(viewer.username(), next, convened.startDate(), convened.endDate(), place,
				pendingConfirmation));
		return convened;
	}

	/** Postpones a round to new dates (or to dates not yet agreed), keeping its number; its meetings keep theirs. */
	@Transactional
	public RoundView postpone(Viewer viewer, int number, LocalDate newStart, LocalDate newEnd, String reason) {
		return postpone(viewer, number, newStart, newEnd, reason, false).round();
	}

	/**
	 * Postpones a round to new dates (or to dates not yet agreed), keeping its number, and if asked moves its
	 * meetings with it: each by as many days as the round moved. A meeting that would then fall outside the new
	 * dates keeps its date, and so does every meeting when the round has no new dates or moving was not asked;
	 * the outcome says which.
	 */
	@Transactional
	public PostponementOutcome postpone(Viewer viewer, int number, LocalDate newStart, LocalDate newEnd,
			String reason, boolean moveMeetings) {
		viewer.requireMediator();
		reason = clean(reason, MAX_REASON, "round.reasonTooLong");
		Round round = load(number);
		LocalDate previousStart = round.startDate();
		Round.MeetingMoves moves = round.postpone(newStart, newEnd, reason, LocalDate.now(clock),
				meetings.findByRoundId(round.id()), moveMeetings);
		rounds.save(round);
		RoundView after = round.view(true, LocalDate.now(clock));
		events.publishEvent(new RoundPostponed(viewer.username(), number, previousStart, after.startDate(),
				after.endDate(), after.status(), after.statusReason()));
		for (Round.MovedMeeting moved : moves.moved()) {
			meetings.save(moved.meeting());
			events.publishEvent(new MeetingChanged(viewer.username(), number, moved.meeting().id(),
					moved.meeting().view().kind(), moved.from(), moved.meeting().heldOn(), true));
		}
		return new PostponementOutcome(after,
				moves.moved().stream().map(moved -> moved.meeting().view()).sorted(RoundMeeting.ORDER).toList(),
				moves.kept().stream().map(RoundMeeting::view).sorted(RoundMeeting.ORDER).toList());
	}

	/** Records a change of a round's status: held, suspended, collapsed, or its confirmation by all. */
	@Transactional
	public RoundView change(Viewer viewer, int number, RoundAction action, String reason) {
		viewer.requireMediator();
		reason = clean(reason, MAX_REASON, "round.reasonTooLong");
		Round round = load(number);
		if (action == null || !action.changesStatus()) {
			throw new DeskException.Invalid("round.actionRequired");
		}
		switch (action) {
			case MARK_HELD -> round.markHeld(LocalDate.now(clock));
			case SUSPEND -> round.suspend(reason);
			case RECORD_COLLAPSE -> round.recordCollapse(reason);
			case AWAIT_CONFIRMATION -> round.awaitConfirmation();
			case CONFIRM -> round.confirm();
			default -> throw new IllegalStateException(action + " does not change a round's status");
		}
		rounds.save(round);
		RoundView after = round.view(true, LocalDate.now(clock));
		events.publishEvent(new RoundStatusChanged(viewer.username(), number, action, after.status(),
				after.pendingConfirmation(), reason));
		return after;
	}

	/** Records the outcome of a standing agenda item in a held round. */
	@Transactional
	public RoundView recordOutcome(Viewer viewer, int number, String itemCode, AgendaOutcomeKind outcome) {
		viewer.requireMediator();
		if (record.agenda().stream().noneMatch(item -> item.code().equals(itemCode))) {
			throw new DeskException.Invalid("attendance.itemUnknown");
		}
		Round round = load(number);
		round.recordOutcome(itemCode, outcome);
		rounds.save(round);
		events.publishEvent(new AgendaOutcomeRecorded(viewer.username(), number, itemCode, outcome));
		return round.view(true);
	}

	/** Records a decision of a round, such as the dates of the next one. */
	@Transactional
	public RoundView recordDecision(Viewer viewer, int number, String text, DecisionStatus status, LocalDate decidedOn) {
		viewer.requireMediator();
		Round round = load(number);
		round.recordDecision(text, status, decidedOn);
		rounds.save(round);
		events.publishEvent(new DecisionRecorded(viewer.username(), number,
				status == null ? DecisionStatus.AGREED : status, decidedOn));
		return round.view(true);
	}

	/**
	 * Adds a meeting to a round (an information session, a sideline meeting, a shuttle visit …) with its
	 * time, place, co-moderators and invited groups.
	 */
	@Transactional
	public MeetingView addMeeting(Viewer viewer, int number, NewMeeting meeting) {
		viewer.requireMediator();
		Round round = load(number);
		NewMeeting details = checked(round, meeting);
		RoundMeeting added = meetings.save(RoundMeeting.of(round.id(), details));
		events.publishEvent(new MeetingAdded(viewer.username(), number, added.id(), details.kind(),
				details.heldOn()));
		return added.view();
	}

	/**
	 * Changes a meeting of a round: every field as given (a field left empty is cleared). The same rules as for
	 * a new meeting hold; the change is audited.
	 */
	@Transactional
	public MeetingView changeMeeting(Viewer viewer, int number, UUID meetingId, NewMeeting meeting) {
		viewer.requireMediator();
		Round round = load(number);
		RoundMeeting found = meetingOf(round, meetingId);
		NewMeeting details = checked(round, meeting);
		LocalDate before = found.heldOn();
		found.change(details);
		meetings.save(found);
		events.publishEvent(new MeetingChanged(viewer.username(), number, found.id(), details.kind(), before,
				details.heldOn(), false));
		return found.view();
	}

	/**
	 * Removes a meeting in which nothing is recorded yet; a meeting with attendance (or any other record) stays,
	 * since the record would lose its place.
	 */
	@Transactional
	public void removeMeeting(Viewer viewer, int number, UUID meetingId) {
		viewer.requireMediator();
		Round round = load(number);
		RoundMeeting found = meetingOf(round, meetingId);
		MeetingView view = found.view();
		if (meetingRecords.orderedStream().anyMatch(records -> records.recordsSomethingIn(meetingId))) {
			throw new DeskException.Conflict("meeting.hasRecords",
					new DefaultMessageSourceResolvable(
							new String[] { "meetingKind." + view.kind().name() }, view.kind().name()));
		}
		meetings.delete(found);
		events.publishEvent(new MeetingRemoved(viewer.username(), number, meetingId, view.kind(), view.heldOn()));
	}

	private RoundMeeting meetingOf(Round round, UUID meetingId) {
		if (meetingId == null) {
			throw new DeskException.NotFound();
		}
		return meetings.findById(meetingId)
			.filter(found -> found.roundId().equals(round.id()))
			.orElseThrow(DeskException.NotFound::new);
	}

	/** A meeting's details as kept (single lines, known groups once each), checked against the round. */
	private NewMeeting checked(Round round, NewMeeting meeting) {
		String topic = clean(meeting.topic(), 300, "meeting.topicTooLong");
		String place = clean(meeting.place(), 200, "meeting.placeTooLong");
		String coModerators = clean(meeting.coModerators(), 300, "meeting.coModeratorsTooLong");
		for (String code : meeting.invitedGroups()) {
			if (directory.groupByCode(code).isEmpty()) {
				throw new DeskException.Invalid("meeting.groupUnknown", code);
			}
		}
		List<String> invited = meeting.invitedGroups().stream().distinct().toList();
		if (String.join(",", invited).length() > 200) {
			throw new DeskException.Invalid("meeting.tooManyInvited");
		}
		NewMeeting details = new NewMeeting(meeting.kind(), topic, meeting.heldOn(), meeting.startsAt(), place,
				coModerators, invited);
		RoundMeeting.check(details, round.startDate(), round.endDate());
		return details;
	}

	/** A single-line field as it is kept: without direction controls, stripped, null if blank, refused if too long. */
	private static String clean(String text, int maxLength, String tooLong) {
		String single = SingleLine.clean(text);
		String clean = single == null || single.isBlank() ? null : single.strip();
		if (clean != null && clean.length() > maxLength) {
			throw new DeskException.Invalid(tooLong, maxLength);
		}
		return clean;
	}

	private Round load(int number) {
		ProcessView process = record.process().orElseThrow(DeskException.NotFound::new);
		return rounds.findByProcessIdAndNumber(process.id(), number).orElseThrow(DeskException.NotFound::new);
	}
}
