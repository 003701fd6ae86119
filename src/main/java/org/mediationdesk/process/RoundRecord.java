package org.mediationdesk.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.mediationdesk.confidentiality.AccessPolicy;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Localized;
import org.mediationdesk.shared.RequestMemo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of a process as it is read: its rounds as everyone may read them (the public timeline), the
 * co-chairs' internal notes for the co-chairs and secretariat only, and the meetings of the rounds, each as the
 * viewer may see it ({@link MeetingAudience}). What the co-chairs change is {@link RoundManagement}'s; the process
 * record file is {@link ProcessRecordFile}'s.
 */
@Service
public class RoundRecord {

	private final TalksProcessRepository processes;
	private final AgendaItemRepository agenda;
	private final RoundRepository rounds;
	private final RoundMeetingRepository meetings;
	private final RelatedMeetingRepository related;
	private final JdbcClient jdbc;
	private final AccessPolicy policy;
	private final ParticipantDirectory directory;
	private final MeetingAudience audience;
	private final Clock clock;

	RoundRecord(TalksProcessRepository processes, AgendaItemRepository agenda, RoundRepository rounds,
			RoundMeetingRepository meetings, RelatedMeetingRepository related, JdbcClient jdbc, AccessPolicy policy,
			ParticipantDirectory directory, MeetingAudience audience, Clock clock) {
		this.processes = processes;
		this.agenda = agenda;
		this.rounds = rounds;
		this.meetings = meetings;
		this.related = related;
		this.jdbc = jdbc;
		this.policy = policy;
		this.directory = directory;
		this.audience = audience;
		this.clock = clock;
	}

	/** The process this installation runs (the first one recorded). */
	@Transactional(readOnly = true)
	public Optional<ProcessView> process() {
		return RequestMemo.onceOptional("process", () -> processes.findAll().stream().findFirst().map(TalksProcess::view));
	}

	@Transactional(readOnly = true)
	public List<AgendaItemView> agenda() {
		return RequestMemo.once("agenda", () -> process()
			.map(found -> agenda.findByProcessIdOrderByWorkingGroupAscSortOrderAsc(found.id())
				.stream()
				.map(AgendaItem::view)
				.toList())
			.orElse(List.of()));
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
					row.getObject("start_date", LocalDate.class),
					row.getObject("end_date", LocalDate.class), row.getString("date_note"),
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
		boolean internal = policy.maySee(viewer, Audience.coChairs());
		// a page reads its round for itself and again for each of its parts: once per request
		return RequestMemo.onceOptional("round:" + number + (internal ? ":internal" : ":public"),
				() -> rounds.findByProcessIdAndNumber(process.id(), number)
					.map(round -> round.view(internal, LocalDate.now(clock))))
			.orElseThrow(DeskException.NotFound::new);
	}

	/** The number of the latest round of the process, if it has any. */
	@Transactional(readOnly = true)
	public Optional<Integer> latestNumber() {
		// none before the first round (an installation waiting for its record to be imported)
		return jdbc.sql("SELECT number FROM round ORDER BY number DESC LIMIT 1").query(Integer.class).optional();
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
		Map<UUID, Integer> numbers = roundNumbers();
		return meetings.findByHeldOn(day)
			.stream()
			.filter(meeting -> numbers.containsKey(meeting.roundId()))
			.map(meeting -> new DatedMeeting(numbers.get(meeting.roundId()), audience.readBy(viewer, meeting.view())))
			.sorted(Comparator.comparing(DatedMeeting::meeting, RoundMeeting.ORDER))
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
			.sorted(Comparator.comparing(Map.Entry::getValue, Comparator
				.comparing(MeetingView::heldOn)
				.thenComparing(MeetingView::startsAt, Comparator.nullsFirst(Comparator.naturalOrder()))))
			.findFirst()
			.map(found -> new DatedMeeting(numbers.get(found.getKey()), audience.readBy(viewer, found.getValue())));
	}

	private Map<UUID, Integer> roundNumbers() {
		Map<UUID, Integer> numbers = new HashMap<>();
		roundIds().forEach((number, id) -> numbers.put(id, number));
		return numbers;
	}

	/**
	 * The meetings of a round as the viewer may read them: who was invited to a meeting is for the co-chairs
	 * and secretariat (for a sideline meeting or a shuttle visit, it would say who met).
	 */
	@Transactional(readOnly = true)
	public List<MeetingView> meetings(Viewer viewer, int number) {
		return meetings(number).stream().map(meeting -> audience.readBy(viewer, meeting)).toList();
	}

	/** The meetings of a round, working groups first. */
	@Transactional(readOnly = true)
	public List<MeetingView> meetings(int number) {
		ProcessView process = process().orElseThrow(DeskException.NotFound::new);
		return RequestMemo.once("meetings:" + number, () -> {
			UUID round = jdbc.sql("SELECT id FROM round WHERE process_id = :process AND number = :number")
				.param("process", process.id())
				.param("number", number)
				.query(UUID.class)
				.optional()
				.orElseThrow(DeskException.NotFound::new);
			return meetings.findByRoundId(round).stream().map(RoundMeeting::view).sorted(RoundMeeting.ORDER).toList();
		});
	}

	/** A meeting of a round as the viewer may read it (who was invited only for the co-chairs and secretariat). */
	@Transactional(readOnly = true)
	public MeetingView meeting(Viewer viewer, int number, UUID meetingId) {
		return meetingFor(viewer, meetingId).filter(found -> found.roundNumber() == number)
			.map(DatedMeeting::meeting)
			.orElseThrow(DeskException.NotFound::new);
	}

	/**
	 * A meeting, named by its id alone, with the number of its round, as the viewer may read it (who was invited
	 * only for the co-chairs and secretariat); empty if there is no such meeting. The one place that decides what
	 * of a meeting a viewer sees ({@link MeetingAudience}).
	 */
	@Transactional(readOnly = true)
	public Optional<DatedMeeting> meetingFor(Viewer viewer, UUID meetingId) {
		return dated(meetingId).map(found -> new DatedMeeting(found.roundNumber(), audience.readBy(viewer, found.meeting())));
	}

	/**
	 * As {@link #meetingFor}, for a viewer who may follow the meeting from inside (its board): the co-chairs and
	 * secretariat, and the participants of a group invited to it. Empty for everyone else: behind closed doors.
	 */
	@Transactional(readOnly = true)
	public Optional<DatedMeeting> meetingInside(Viewer viewer, UUID meetingId) {
		return dated(meetingId).filter(found -> audience.admits(viewer, found.meeting()))
			.map(found -> new DatedMeeting(found.roundNumber(), audience.readBy(viewer, found.meeting())));
	}

	/** The meeting as kept (who was invited included), with the number of its round. */
	private Optional<DatedMeeting> dated(UUID meetingId) {
		if (meetingId == null) {
			return Optional.empty();
		}
		return meetings.findById(meetingId)
			.flatMap(meeting -> rounds.findById(meeting.roundId())
				.map(round -> new DatedMeeting(round.number(), meeting.view())));
	}

	/** The id of each round of the process, by number. */
	@Transactional(readOnly = true)
	public Map<Integer, UUID> roundIds() {
		return jdbc.sql("SELECT number, id FROM round").query((row, index) -> Map.entry(row.getInt(1),
				row.getObject(2, UUID.class))).list().stream().collect(Collectors.toMap(Map.Entry::getKey,
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
