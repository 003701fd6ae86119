package org.mediationdesk.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.mediationdesk.confidentiality.AccessPolicy;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Localized;
import org.mediationdesk.shared.SingleLine;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of a process: its rounds as everyone may read them (the public timeline), and the co-chairs'
 * internal notes for the co-chairs and secretariat only.
 */
@Service
public class RoundRecord {

	/** The longest venue of a round (its column's length). */
	public static final int MAX_VENUE = 200;

	/** The longest reason of a postponement or a change of status (their columns' length). */
	public static final int MAX_REASON = 1000;

	private final TalksProcessRepository processes;
	private final AgendaItemRepository agenda;
	private final RoundRepository rounds;
	private final RoundMeetingRepository meetings;
	private final RelatedMeetingRepository related;
	private final JdbcClient jdbc;
	private final AccessPolicy policy;
	private final ParticipantDirectory directory;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final org.springframework.beans.factory.ObjectProvider<MeetingRecords> meetingRecords;

	RoundRecord(TalksProcessRepository processes, AgendaItemRepository agenda, RoundRepository rounds,
			RoundMeetingRepository meetings, RelatedMeetingRepository related, JdbcClient jdbc, AccessPolicy policy,
			ParticipantDirectory directory, ApplicationEventPublisher events, Clock clock,
			org.springframework.beans.factory.ObjectProvider<MeetingRecords> meetingRecords) {
		this.meetingRecords = meetingRecords;
		this.processes = processes;
		this.agenda = agenda;
		this.rounds = rounds;
		this.meetings = meetings;
		this.related = related;
		this.jdbc = jdbc;
		this.policy = policy;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	/** The process this installation runs (the first one recorded). */
	@Transactional(readOnly = true)
	public Optional<ProcessView> process() {
		return processes.findAll().stream().findFirst().map(TalksProcess::view);
	}

	@Transactional(readOnly = true)
	public List<AgendaItemView> agenda() {
		return process().map(found -> agenda.findByProcessIdOrderByWorkingGroupAscSortOrderAsc(found.id())
			.stream()
			.map(AgendaItem::view)
			.toList()).orElse(List.of());
	}

	/** The timeline, newest round first. Rounds are public; what each shows is its public summary. */
	@Transactional(readOnly = true)
	public RoundPage timeline(int page) {
		int current = Math.max(0, page);
		long total = jdbc.sql("SELECT COUNT(*) FROM round").query(Long.class).single();
		List<RoundSummary> items = jdbc
			.sql("SELECT number, start_date, end_date, date_note, date_note_ru, date_note_ka, status, venue,"
					+ " public_summary, public_summary_ru, public_summary_ka FROM round"
					+ " ORDER BY number DESC LIMIT :limit OFFSET :offset")
			.param("limit", RoundPage.PAGE_SIZE)
			.param("offset", (long) current * RoundPage.PAGE_SIZE)
			.query((row, number) -> new RoundSummary(row.getInt("number"),
					row.getObject("start_date", java.time.LocalDate.class),
					row.getObject("end_date", java.time.LocalDate.class), row.getString("date_note"),
					RoundStatus.valueOf(row.getString("status")), row.getString("venue"),
					row.getString("public_summary"),
					new Localized(row.getString("public_summary"), row.getString("public_summary_ru"),
							row.getString("public_summary_ka")),
					new Localized(row.getString("date_note"), row.getString("date_note_ru"),
							row.getString("date_note_ka"))))
			.list();
		return new RoundPage(items, current, RoundPage.PAGE_SIZE, total);
	}

	/** A round as the viewer may read it; the internal note only for the co-chairs and secretariat. */
	@Transactional(readOnly = true)
	public RoundView round(Viewer viewer, int number) {
		ProcessView process = process().orElseThrow(DeskException.NotFound::new);
		return rounds.findByProcessIdAndNumber(process.id(), number)
			.map(round -> round.view(policy.maySee(viewer, Audience.coChairs()), LocalDate.now(clock)))
			.orElseThrow(DeskException.NotFound::new);
	}

	/** The number of the latest round of the process, if it has any. */
	@Transactional(readOnly = true)
	public Optional<Integer> latestNumber() {
		return Optional.ofNullable(jdbc.sql("SELECT MAX(number) FROM round").query(Integer.class).single());
	}

	/**
	 * The next round: the latest one, while it is yet to meet (scheduled or postponed); empty when the next round
	 * is not yet set.
	 */
	@Transactional(readOnly = true)
	public Optional<RoundView> nextRound(Viewer viewer) {
		return latestNumber().map(number -> round(viewer, number))
			.filter(round -> round.status() == RoundStatus.SCHEDULED || round.status() == RoundStatus.POSTPONED);
	}

	/** The meetings held on a day, of every round, as the viewer may read them. */
	@Transactional(readOnly = true)
	public List<DatedMeeting> meetingsOn(Viewer viewer, LocalDate day) {
		boolean inside = policy.maySee(viewer, Audience.coChairs());
		Map<UUID, Integer> numbers = roundNumbers();
		return meetings.findByHeldOn(day)
			.stream()
			.filter(meeting -> numbers.containsKey(meeting.roundId()))
			.map(meeting -> new DatedMeeting(numbers.get(meeting.roundId()), inside ? meeting.view() : withoutInvited(meeting.view())))
			.sorted(java.util.Comparator.comparing(DatedMeeting::meeting, MEETING_ORDER))
			.toList();
	}

	/**
	 * The next meeting, from a day on, to which the viewer's own group is invited; empty for a viewer without a
	 * group. Who else was invited stays the co-chairs' to know.
	 */
	@Transactional(readOnly = true)
	public Optional<DatedMeeting> nextMeetingOfGroup(Viewer viewer, LocalDate from) {
		Optional<String> group = directory.group(viewer.groupId()).map(GroupView::code);
		if (group.isEmpty()) {
			return Optional.empty();
		}
		Map<UUID, Integer> numbers = roundNumbers();
		return meetings.findByHeldOnGreaterThanEqualOrderByHeldOnAsc(from)
			.stream()
			.map(meeting -> Map.entry(meeting.roundId(), meeting.view()))
			.filter(found -> found.getValue().invitedGroups().contains(group.get()) && numbers.containsKey(found.getKey()))
			.sorted(java.util.Comparator.comparing(Map.Entry::getValue, java.util.Comparator
				.comparing(MeetingView::heldOn)
				.thenComparing(MeetingView::startsAt, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))))
			.findFirst()
			.map(found -> new DatedMeeting(numbers.get(found.getKey()), withoutInvited(found.getValue())));
	}

	private static MeetingView withoutInvited(MeetingView meeting) {
		return new MeetingView(meeting.id(), meeting.kind(), meeting.topic(), meeting.heldOn(), meeting.startsAt(),
				meeting.place(), meeting.coModerators(), List.of());
	}

	private Map<UUID, Integer> roundNumbers() {
		Map<UUID, Integer> numbers = new HashMap<>();
		roundIds().forEach((number, id) -> numbers.put(id, number));
		return numbers;
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
		ProcessView process = process().orElseThrow(() -> new DeskException.Invalid("round.noProcess"));
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
		round.postpone(newStart, newEnd, reason, LocalDate.now(clock));
		rounds.save(round);
		RoundView after = round.view(true, LocalDate.now(clock));
		events.publishEvent(new RoundPostponed(viewer.username(), number, previousStart, after.startDate(),
				after.endDate(), after.status(), after.statusReason()));
		LocalDate from = previousStart != null ? previousStart : round.lastPlannedStart();
		List<MeetingView> moved = new ArrayList<>();
		List<MeetingView> kept = new ArrayList<>();
		for (RoundMeeting meeting : meetings.findByRoundId(round.id())) {
			LocalDate day = meeting.heldOn();
			if (day == null) {
				continue;
			}
			long days = from == null || after.startDate() == null ? 0
					: java.time.temporal.ChronoUnit.DAYS.between(from, after.startDate());
			LocalDate target = day.plusDays(days);
			boolean fits = after.startDate() != null && !target.isBefore(after.startDate())
					&& !target.isAfter(after.endDate());
			if (!moveMeetings || !fits) {
				kept.add(meeting.view());
				continue;
			}
			if (days == 0) {
				continue;
			}
			meeting.moveBy(days);
			meetings.save(meeting);
			moved.add(meeting.view());
			events.publishEvent(new MeetingChanged(viewer.username(), number, meeting.id(), meeting.view().kind(), day,
					target, true));
		}
		moved.sort(MEETING_ORDER);
		kept.sort(MEETING_ORDER);
		return new PostponementOutcome(after, moved, kept);
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
		if (agenda().stream().noneMatch(item -> item.code().equals(itemCode))) {
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

	/** A meeting of a round as the viewer may read it (who was invited only for the co-chairs and secretariat). */
	@Transactional(readOnly = true)
	public MeetingView meeting(Viewer viewer, int number, UUID meetingId) {
		return meetings(viewer, number).stream()
			.filter(found -> found.id().equals(meetingId))
			.findFirst()
			.orElseThrow(DeskException.NotFound::new);
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
					new org.springframework.context.support.DefaultMessageSourceResolvable(
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
		ProcessView process = process().orElseThrow(DeskException.NotFound::new);
		return rounds.findByProcessIdAndNumber(process.id(), number).orElseThrow(DeskException.NotFound::new);
	}


	/** Meetings in the order of their kinds (working groups first), then of their days and times. */
	private static final java.util.Comparator<MeetingView> MEETING_ORDER = java.util.Comparator
		.comparing(MeetingView::kind)
		.thenComparing(MeetingView::heldOn, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
		.thenComparing(MeetingView::startsAt, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
		.thenComparing(MeetingView::topic, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));

	/**
	 * The meetings of a round as the viewer may read them: who was invited to a meeting is for the co-chairs
	 * and secretariat (for a sideline meeting or a shuttle visit, it would say who met).
	 */
	@Transactional(readOnly = true)
	public List<MeetingView> meetings(Viewer viewer, int number) {
		boolean inside = policy.maySee(viewer, Audience.coChairs());
		return meetings(number).stream()
			.map(meeting -> inside ? meeting : new MeetingView(meeting.id(), meeting.kind(), meeting.topic(),
					meeting.heldOn(), meeting.startsAt(), meeting.place(), meeting.coModerators(), List.of()))
			.toList();
	}

	/** The meetings of a round, working groups first. */
	@Transactional(readOnly = true)
	public List<MeetingView> meetings(int number) {
		ProcessView process = process().orElseThrow(DeskException.NotFound::new);
		Round round = rounds.findByProcessIdAndNumber(process.id(), number).orElseThrow(DeskException.NotFound::new);
		return meetings.findByRoundId(round.id()).stream().map(RoundMeeting::view).sorted(MEETING_ORDER).toList();
	}

	/**
	 * Checks the process's part of a record file: the process, its agenda, its rounds and their meetings, and
	 * its related meetings. Adds what is wrong to the file's problems.
	 */
	public void check(ProcessFile file, FileProblems problems) {
		if (file.formatVersion() == null || file.formatVersion() < ProcessFile.OLDEST_FORMAT_VERSION
				|| file.formatVersion() > ProcessFile.FORMAT_VERSION) {
			problems.add("/formatVersion", "import.formatVersion", String.valueOf(file.formatVersion()),
					ProcessFile.FORMAT_VERSION);
		}
		ProcessFile.ProcessEntry process = file.process();
		problems.required("/process", process);
		if (process != null) {
			problems.text("/process/code", process.code(), true, 20);
			problems.text("/process/name", process.name(), true, 200);
			problems.text("/process/nameRu", process.nameRu(), false, 200);
			problems.text("/process/venue", process.venue(), false, 200);
			problems.text("/process/mandate", process.mandate(), false, 4000);
			problems.text("/process/nameKa", process.nameKa(), false, 200);
			problems.text("/process/venueRu", process.venueRu(), false, 200);
			problems.text("/process/venueKa", process.venueKa(), false, 200);
			problems.text("/process/mandateRu", process.mandateRu(), false, 4000);
			problems.text("/process/mandateKa", process.mandateKa(), false, 4000);
			checkGroups("/process/equalTreatment", process.equalTreatment(), problems);
		}
		Set<String> items = new HashSet<>();
		for (int i = 0; i < file.agendaItems().size(); i++) {
			ProcessFile.AgendaEntry item = file.agendaItems().get(i);
			String at = "/agendaItems/" + i;
			problems.text(at + "/code", item.code(), true, 30);
			if (item.code() != null && !items.add(item.code())) {
				problems.add(at + "/code", "import.duplicate", item.code());
			}
			problems.required(at + "/workingGroup", item.workingGroup());
			problems.text(at + "/title", item.title(), true, 300);
			problems.text(at + "/titleRu", item.titleRu(), false, 300);
			problems.text(at + "/titleKa", item.titleKa(), false, 300);
		}
		Set<Integer> numbers = new HashSet<>();
		for (int i = 0; i < file.rounds().size(); i++) {
			checkRound(file.rounds().get(i), "/rounds/" + i, items, numbers, problems);
		}
		for (int i = 0; i < file.relatedMeetings().size(); i++) {
			ProcessFile.RelatedMeetingEntry meeting = file.relatedMeetings().get(i);
			String at = "/relatedMeetings/" + i;
			problems.text(at + "/title", meeting.title(), true, 300);
			problems.text(at + "/dateNote", meeting.dateNote(), false, 300);
			problems.text(at + "/place", meeting.place(), false, 200);
			problems.text(at + "/summary", meeting.summary(), false, 2000);
			problems.text(at + "/source", meeting.source(), false, 500);
			checkGroups(at + "/groups", meeting.groups(), problems);
		}
	}

	private void checkRound(ProcessFile.RoundEntry round, String at, Set<String> items, Set<Integer> numbers,
			FileProblems problems) {
		if (round.number() < 1) {
			problems.add(at + "/number", "import.numberInvalid");
		}
		else if (!numbers.add(round.number())) {
			problems.add(at + "/number", "import.duplicate", round.number());
		}
		problems.required(at + "/status", round.status());
		if (round.startDate() != null && round.endDate() != null && round.endDate().isBefore(round.startDate())) {
			problems.add(at + "/endDate", "import.endsBeforeStart");
		}
		problems.text(at + "/dateNote", round.dateNote(), false, 300);
		problems.text(at + "/venue", round.venue(), false, 200);
		problems.text(at + "/publicSummary", round.publicSummary(), false, 2000);
		problems.text(at + "/internalNote", round.internalNote(), false, 2000);
		problems.text(at + "/statusReason", round.statusReason(), false, 1000);
		problems.text(at + "/publicSummaryRu", round.publicSummaryRu(), false, 2000);
		problems.text(at + "/publicSummaryKa", round.publicSummaryKa(), false, 2000);
		problems.text(at + "/venueRu", round.venueRu(), false, 200);
		problems.text(at + "/venueKa", round.venueKa(), false, 200);
		problems.text(at + "/dateNoteRu", round.dateNoteRu(), false, 300);
		problems.text(at + "/dateNoteKa", round.dateNoteKa(), false, 300);
		problems.text(at + "/statusReasonRu", round.statusReasonRu(), false, 1000);
		problems.text(at + "/statusReasonKa", round.statusReasonKa(), false, 1000);
		problems.text(at + "/agenda", round.agenda(), false, 2000);
		problems.text(at + "/agendaRu", round.agendaRu(), false, 2000);
		problems.text(at + "/agendaKa", round.agendaKa(), false, 2000);
		for (int i = 0; i < round.postponements().size(); i++) {
			problems.text(at + "/postponements/" + i + "/reason", round.postponements().get(i).reason(), false, 1000);
			problems.text(at + "/postponements/" + i + "/reasonRu", round.postponements().get(i).reasonRu(), false, 1000);
			problems.text(at + "/postponements/" + i + "/reasonKa", round.postponements().get(i).reasonKa(), false, 1000);
		}
		Set<String> decided = new HashSet<>();
		for (int i = 0; i < round.outcomes().size(); i++) {
			ProcessFile.OutcomeEntry outcome = round.outcomes().get(i);
			if (outcome.item() == null || !items.contains(outcome.item())) {
				problems.add(at + "/outcomes/" + i + "/item", "import.unknownItem", String.valueOf(outcome.item()));
			}
			else if (!decided.add(outcome.item())) {
				problems.add(at + "/outcomes/" + i + "/item", "import.duplicate", outcome.item());
			}
			problems.required(at + "/outcomes/" + i + "/outcome", outcome.outcome());
		}
		for (int i = 0; i < round.decisions().size(); i++) {
			problems.text(at + "/decisions/" + i + "/text", round.decisions().get(i).text(), true, 1000);
			problems.required(at + "/decisions/" + i + "/status", round.decisions().get(i).status());
		}
		for (int i = 0; i < round.meetings().size(); i++) {
			ProcessFile.MeetingEntry meeting = round.meetings().get(i);
			String where = at + "/meetings/" + i;
			problems.required(where + "/kind", meeting.kind());
			problems.text(where + "/topic", meeting.topic(), false, 300);
			problems.text(where + "/place", meeting.place(), false, 200);
			problems.text(where + "/coModerators", meeting.coModerators(), false, 300);
			checkGroups(where + "/invitedGroups", meeting.invitedGroups(), problems);
		}
		for (int i = 0; i < round.sources().size(); i++) {
			problems.text(at + "/sources/" + i, round.sources().get(i), true, 500);
			problems.address(at + "/sources/" + i, round.sources().get(i));
		}
		if (String.join("\n", round.sources()).length() > 4000) {
			problems.add(at + "/sources", "import.tooLong", 4000);
		}
	}

	/**
	 * Checks that each code names a participant group of the directory, once, and that the list fits the
	 * column it is kept in.
	 */
	public void checkGroups(String at, List<String> codes, FileProblems problems) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < codes.size(); i++) {
			if (directory.groupByCode(codes.get(i)).isEmpty()) {
				problems.add(at + "/" + i, "import.unknownGroup", codes.get(i));
			}
			else if (!seen.add(codes.get(i))) {
				problems.add(at + "/" + i, "import.duplicate", codes.get(i));
			}
		}
		if (String.join(",", codes).length() > 200) {
			problems.add(at, "import.tooLong", 200);
		}
	}

	/** What an import created that the other modules attach their parts to: the meetings of each round. */
	public record LoadedRecord(String processCode, Map<Integer, List<UUID>> meetingsByRound) {

		/** The meeting at this position of the round's list in the file. */
		public UUID meeting(int round, int index) {
			return meetingsByRound.get(round).get(index);
		}
	}

	/**
	 * Records the process of a checked file. Refuses if this installation records a process already: it
	 * runs one process.
	 */
	@Transactional
	public LoadedRecord load(ProcessFile file) {
		if (processes.count() > 0) {
			throw new DeskException.Conflict("import.processExists", process().map(ProcessView::code).orElse(""));
		}
		ProcessFile.ProcessEntry entry = file.process();
		TalksProcess process = processes.save(TalksProcess.of(entry));
		int order = 0;
		for (ProcessFile.AgendaEntry item : file.agendaItems()) {
			agenda.save(AgendaItem.of(process.id(), item, order++));
		}
		Map<Integer, List<UUID>> meetingsByRound = new HashMap<>();
		for (ProcessFile.RoundEntry round : file.rounds()) {
			Round saved = rounds.save(Round.imported(process.id(), round));
			List<UUID> ids = new ArrayList<>();
			for (ProcessFile.MeetingEntry meeting : round.meetings()) {
				ids.add(meetings.save(RoundMeeting.of(saved.id(), new NewMeeting(meeting.kind(), meeting.topic(),
						meeting.heldOn(), meeting.startsAt(), meeting.place(), meeting.coModerators(),
						meeting.invitedGroups()))).id());
			}
			meetingsByRound.put(round.number(), ids);
		}
		for (ProcessFile.RelatedMeetingEntry meeting : file.relatedMeetings()) {
			related.save(RelatedMeeting.of(process.id(), meeting.title(), meeting.heldOn(), meeting.dateNote(),
					meeting.place(), String.join(",", meeting.groups()), meeting.summary(), meeting.source()));
		}
		return new LoadedRecord(entry.code(), meetingsByRound);
	}

	/**
	 * The process as a record file, for the co-chairs and secretariat: everything but the accounts, with each
	 * meeting's attendance as the attendance record gives it.
	 */
	@Transactional(readOnly = true)
	public ProcessFile export(Viewer viewer, Function<UUID, List<ProcessFile.AttendanceEntry>> attendanceOf,
			List<ProcessFile.AccountEntry> accounts) {
		viewer.requireMediator();
		TalksProcess process = processes.findAll().stream().findFirst().orElseThrow(DeskException.NotFound::new);
		ProcessView view = process.view();
		List<ProcessFile.AgendaEntry> items = agenda().stream()
			.map(item -> new ProcessFile.AgendaEntry(item.code(), item.workingGroup(), item.title(), item.titleRu(),
					item.titleKa()))
			.toList();
		List<ProcessFile.RoundEntry> entries = new ArrayList<>();
		for (Round round : rounds.findByProcessIdOrderByNumber(view.id())) {
			List<ProcessFile.MeetingEntry> ofRound = meetings.findByRoundId(round.id())
				.stream()
				.map(RoundMeeting::view)
				.sorted(MEETING_ORDER)
				.map(meeting -> new ProcessFile.MeetingEntry(meeting.kind(), meeting.topic(), meeting.heldOn(),
						meeting.startsAt(), meeting.place(), meeting.coModerators(), meeting.invitedGroups(),
						attendanceOf.apply(meeting.id())))
				.toList();
			entries.add(round.export(ofRound));
		}
		List<ProcessFile.RelatedMeetingEntry> relatedEntries = relatedMeetings().stream()
			.map(meeting -> new ProcessFile.RelatedMeetingEntry(meeting.title(), meeting.heldOn(), meeting.dateNote(),
					meeting.place(), meeting.groups(), meeting.summary(), meeting.source()))
			.toList();
		return new ProcessFile(ProcessFile.FORMAT_VERSION, new ProcessFile.ProcessEntry(view.code(), view.name(),
				view.nameRu(), view.venue(), view.mandate(), view.equalTreatment(), view.names().ka(),
				view.venues().ru(), view.venues().ka(), view.mandates().ru(), view.mandates().ka()), items, entries,
				accounts, relatedEntries);
	}

	/** The id of each round of the process, by number. */
	@Transactional(readOnly = true)
	public Map<Integer, UUID> roundIds() {
		return jdbc.sql("SELECT number, id FROM round").query((row, index) -> Map.entry(row.getInt(1),
				row.getObject(2, UUID.class))).list().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
						Map.Entry::getValue));
	}

	/** Meetings about the process that are not its rounds, newest first. They are public. */
	@Transactional(readOnly = true)
	public List<RelatedMeetingView> relatedMeetings() {
		return process().map(found -> related.findByProcessIdOrderByHeldOnDesc(found.id())
			.stream()
			.map(RelatedMeeting::view)
			.toList()).orElse(List.of());
	}
}
