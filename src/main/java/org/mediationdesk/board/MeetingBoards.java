package org.mediationdesk.board;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.mediationdesk.attendance.AttendanceKind;
import org.mediationdesk.attendance.AttendanceLine;
import org.mediationdesk.attendance.AttendanceRecord;
import org.mediationdesk.confidentiality.AccessPolicy;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.live.LiveStreams;
import org.mediationdesk.live.Watcher;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.process.AgendaItemView;
import org.mediationdesk.process.MeetingKind;
import org.mediationdesk.process.MeetingView;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.process.WorkingGroup;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The boards of the meetings: reading one as the viewer may see it, following it live, and what the co-chairs,
 * the secretariat and the participants do on it. Every meeting is held behind closed doors: the co-chairs and
 * secretariat see every board; a participant sees the board of a meeting their group is invited to (or of one
 * whose invitations the record does not give); nobody else sees any (404).
 */
@Service
public class MeetingBoards {

	/** The name of the stream events that carry a whole board. */
	public static final String BOARD_EVENT = "board";

	private final MeetingDirectory meetings;
	private final MeetingBoardRepository states;
	private final SpeakerListRepository lists;
	private final RoundRecord rounds;
	private final AttendanceRecord attendance;
	private final ParticipantDirectory directory;
	private final AccessPolicy policy;
	private final LiveStreams streams;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate reading;
	private final Clock clock;

	MeetingBoards(MeetingDirectory meetings, MeetingBoardRepository states, SpeakerListRepository lists,
			RoundRecord rounds, AttendanceRecord attendance, ParticipantDirectory directory, AccessPolicy policy,
			LiveStreams streams, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			Clock clock) {
		this.meetings = meetings;
		this.states = states;
		this.lists = lists;
		this.rounds = rounds;
		this.attendance = attendance;
		this.directory = directory;
		this.policy = policy;
		this.streams = streams;
		this.events = events;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.clock = clock;
	}

	/** The topic of a meeting's board in the live streams. */
	public static String topic(UUID meetingId) {
		return "meeting-board:" + meetingId;
	}

	/** A meeting's board as the viewer may see it. */
	@Transactional(readOnly = true)
	public BoardView board(Viewer viewer, UUID meetingId, LanguageCode language) {
		return build(viewer, visible(viewer, meetingId), language);
	}

	/** A meeting's board, named with its round (as the pages do): the meeting must be one of that round's. */
	@Transactional(readOnly = true)
	public BoardView board(Viewer viewer, int number, UUID meetingId, LanguageCode language) {
		MeetingDirectory.Found found = meetings.in(number, meetingId).orElseThrow(DeskException.NotFound::new);
		if (!mayWatch(viewer, found.meeting())) {
			throw new DeskException.NotFound();
		}
		return build(viewer, found, language);
	}

	/**
	 * Opens a live stream of a meeting's board for the viewer: the board now, then the board again after each
	 * change, each time as the viewer may see it.
	 */
	@Transactional(readOnly = true)
	public SseEmitter watch(Viewer viewer, UUID meetingId, Locale locale) {
		BoardView now = build(viewer, visible(viewer, meetingId), LanguageCode.ofInterface(locale));
		return streams.open(new Watcher(viewer, locale), topic(meetingId), BOARD_EVENT, now);
	}

	/**
	 * Pushes a meeting's board to everyone watching it, each as they may see it, once the current transaction
	 * commits. Whatever changes what a board shows (an attendance entry, a correction, a change of the meeting)
	 * calls this.
	 */
	public void meetingChanged(UUID meetingId) {
		// viewers of the same role and group in the same language see the same board: it is built once for them
		Map<List<Object>, Optional<BoardView>> built = new ConcurrentHashMap<>();
		streams.publish(topic(meetingId), BOARD_EVENT, watcher -> {
			Viewer viewer = watcher.viewer();
			LanguageCode language = LanguageCode.ofInterface(watcher.locale());
			List<Object> key = java.util.Arrays.asList(viewer.role(), viewer.isParticipant() ? viewer.groupId() : null,
					language);
			return built.computeIfAbsent(key, ignored -> reading.execute(status -> {
				Optional<MeetingDirectory.Found> found = meetings.find(meetingId);
				return found.filter(meeting -> mayWatch(viewer, meeting.meeting()))
					.map(meeting -> build(viewer, meeting, language));
			}));
		});
	}

	/** The meeting moves to an agenda item (the co-chairs and secretariat). */
	@Transactional
	public BoardView setCurrentItem(Viewer viewer, UUID meetingId, String item, LanguageCode language) {
		viewer.requireMediator();
		MeetingDirectory.Found found = visible(viewer, meetingId);
		String code = item == null ? "" : item.strip();
		if (code.isEmpty()) {
			throw new DeskException.Invalid("board.itemRequired");
		}
		AgendaItemView chosen = rounds.agenda()
			.stream()
			.filter(candidate -> candidate.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new DeskException.Invalid("board.itemUnknown"));
		if (!ofMeeting(found.meeting().kind(), chosen)) {
			throw new DeskException.Invalid("board.itemNotOfMeeting");
		}
		MeetingBoard state = states.findById(meetingId).orElseGet(() -> MeetingBoard.of(meetingId));
		state.takeUp(chosen.code(), viewer.username(), clock.instant());
		saved(() -> states.save(state));
		events.publishEvent(new BoardEvent.CurrentItemSet(viewer.username(), meetingId, found.round(), chosen.code()));
		return build(viewer, found, language);
	}

	/** A participant asks for the floor for their group on the current item. */
	@Transactional
	public BoardView ask(Viewer viewer, UUID meetingId, LanguageCode language) {
		viewer.requireParticipant();
		MeetingDirectory.Found found = visible(viewer, meetingId);
		String item = currentItem(meetingId);
		SpeakerList list = lists.findByMeetingIdAndAgendaItem(meetingId, item)
			.orElseGet(() -> SpeakerList.open(meetingId, item));
		list.ask(viewer.groupId(), viewer.username(), clock.instant());
		saved(() -> lists.save(list));
		events.publishEvent(new BoardEvent.FloorRequested(viewer.username(), meetingId, found.round(), item,
				viewer.groupId()));
		return build(viewer, found, language);
	}

	/** A participant withdraws their group's request for the floor on the current item. */
	@Transactional
	public BoardView withdraw(Viewer viewer, UUID meetingId, LanguageCode language) {
		viewer.requireParticipant();
		MeetingDirectory.Found found = visible(viewer, meetingId);
		String item = currentItem(meetingId);
		SpeakerList list = lists.findByMeetingIdAndAgendaItem(meetingId, item)
			.orElseThrow(() -> new DeskException.Conflict("speakers.notWaiting"));
		list.withdraw(viewer.groupId(), clock.instant());
		saved(() -> lists.save(list));
		events.publishEvent(new BoardEvent.FloorRequestWithdrawn(viewer.username(), meetingId, found.round(), item,
				viewer.groupId()));
		return build(viewer, found, language);
	}

	/** The co-chair gives the floor to the next group on the list (which ends the current turn). */
	@Transactional
	public BoardView next(Viewer viewer, UUID meetingId, LanguageCode language) {
		viewer.requireMediator();
		MeetingDirectory.Found found = visible(viewer, meetingId);
		String item = currentItem(meetingId);
		SpeakerList list = lists.findByMeetingIdAndAgendaItem(meetingId, item)
			.orElseThrow(() -> new DeskException.Conflict("speakers.nobodyWaiting"));
		Optional<UUID> speaking = list.next(clock.instant());
		saved(() -> lists.save(list));
		events.publishEvent(new BoardEvent.FloorGiven(viewer.username(), meetingId, found.round(), item,
				speaking.orElse(null)));
		return build(viewer, found, language);
	}

	/** The co-chair puts the waiting groups in another order, given by their codes. */
	@Transactional
	public BoardView order(Viewer viewer, UUID meetingId, List<String> groups, LanguageCode language) {
		viewer.requireMediator();
		MeetingDirectory.Found found = visible(viewer, meetingId);
		String item = currentItem(meetingId);
		List<UUID> order = new ArrayList<>();
		for (String code : groups == null ? List.<String>of() : groups) {
			order.add(directory.groupByCode(code == null ? "" : code.strip())
				.map(GroupView::id)
				.orElseThrow(() -> new DeskException.Invalid("speakers.groupUnknown")));
		}
		SpeakerList list = lists.findByMeetingIdAndAgendaItem(meetingId, item)
			.orElseGet(() -> SpeakerList.open(meetingId, item));
		list.order(order);
		saved(() -> lists.save(list));
		events.publishEvent(new BoardEvent.SpeakersOrdered(viewer.username(), meetingId, found.round(), item));
		return build(viewer, found, language);
	}

	/** The co-chair moves a waiting group one place earlier or later on the list. */
	@Transactional
	public BoardView move(Viewer viewer, UUID meetingId, String group, boolean earlier, LanguageCode language) {
		viewer.requireMediator();
		MeetingDirectory.Found found = visible(viewer, meetingId);
		String item = currentItem(meetingId);
		UUID moved = directory.groupByCode(group == null ? "" : group.strip())
			.map(GroupView::id)
			.orElseThrow(() -> new DeskException.Invalid("speakers.groupUnknown"));
		SpeakerList list = lists.findByMeetingIdAndAgendaItem(meetingId, item)
			.orElseThrow(() -> new DeskException.Conflict("speakers.notWaiting"));
		list.move(moved, earlier);
		saved(() -> lists.save(list));
		events.publishEvent(new BoardEvent.SpeakersOrdered(viewer.username(), meetingId, found.round(), item));
		return build(viewer, found, language);
	}

	/** The co-chair closes the list of speakers of the current item ({@code closed}) or opens it again. */
	@Transactional
	public BoardView close(Viewer viewer, UUID meetingId, boolean closed, LanguageCode language) {
		viewer.requireMediator();
		MeetingDirectory.Found found = visible(viewer, meetingId);
		String item = currentItem(meetingId);
		SpeakerList list = lists.findByMeetingIdAndAgendaItem(meetingId, item)
			.orElseGet(() -> SpeakerList.open(meetingId, item));
		if (closed) {
			list.close();
		}
		else {
			list.reopen();
		}
		saved(() -> lists.save(list));
		events.publishEvent(new BoardEvent.SpeakersListClosed(viewer.username(), meetingId, found.round(), item,
				closed));
		return build(viewer, found, language);
	}

	/** Whether the viewer may see a meeting's board at all. */
	private boolean mayWatch(Viewer viewer, MeetingView meeting) {
		if (policy.maySee(viewer, Audience.coChairs())) {
			return true;
		}
		if (!viewer.isParticipant() || !policy.maySee(viewer, Audience.allParticipants())) {
			return false; // behind closed doors: nothing of a meeting for the public, nor for administrators
		}
		if (meeting.invitedGroups().isEmpty()) {
			return true;
		}
		return directory.group(viewer.groupId())
			.map(group -> meeting.invitedGroups().contains(group.code()))
			.orElse(false);
	}

	private MeetingDirectory.Found visible(Viewer viewer, UUID meetingId) {
		return meetings.find(meetingId)
			.filter(found -> mayWatch(viewer, found.meeting()))
			.orElseThrow(DeskException.NotFound::new);
	}

	private String currentItem(UUID meetingId) {
		return states.findById(meetingId)
			.map(MeetingBoard::currentItem)
			.orElseThrow(() -> new DeskException.Conflict("board.noCurrentItem"));
	}

	private static void saved(Supplier<?> save) {
		try {
			save.get();
		}
		catch (ConcurrencyFailureException | DuplicateKeyException overtaken) {
			throw new DeskException.Conflict("board.changedMeanwhile");
		}
	}

	/** A working group's meeting takes up its own group's items; any other meeting, any item. */
	private static boolean ofMeeting(MeetingKind kind, AgendaItemView item) {
		return switch (kind) {
			case WORKING_GROUP_I -> item.workingGroup() == null || item.workingGroup() == WorkingGroup.WG1;
			case WORKING_GROUP_II -> item.workingGroup() == null || item.workingGroup() == WorkingGroup.WG2;
			default -> true;
		};
	}

	private BoardView build(Viewer viewer, MeetingDirectory.Found found, LanguageCode language) {
		MeetingView meeting = found.meeting();
		Instant now = clock.instant();
		boolean attributed = attendance.isAttributedFor(viewer);
		List<BoardView.Item> agenda = rounds.agenda()
			.stream()
			.filter(item -> ofMeeting(meeting.kind(), item))
			.map(item -> new BoardView.Item(item.code(), item.title(language)))
			.toList();
		Map<String, BoardView.Item> byCode = rounds.agenda()
			.stream()
			.collect(Collectors.toMap(AgendaItemView::code, item -> new BoardView.Item(item.code(), item.title(language)),
					(a, b) -> a));
		String item = states.findById(meeting.id()).map(MeetingBoard::currentItem).orElse(null);

		// the attendance exactly as the record reads for this viewer, narrowed to this meeting
		boolean several = meetings.sameKind(found) > 1;
		List<AttendanceLine> lines = attendance.forRound(viewer, found.round(), language)
			.stream()
			.filter(line -> line.meeting() == meeting.kind())
			.filter(line -> !several || line.occurredOn() == null || meeting.heldOn() == null
					|| line.occurredOn().equals(meeting.heldOn()))
			.toList();
		List<BoardView.Seat> seats = new ArrayList<>();
		List<BoardView.Note> notes = new ArrayList<>();
		Map<String, GroupView> groupsByLabel = directory.allGroups()
			.stream()
			.collect(Collectors.toMap(group -> group.label(language), Function.identity(), (a, b) -> a));
		if (attributed) {
			Map<String, List<AttendanceKind>> byGroup = new LinkedHashMap<>();
			for (AttendanceLine line : lines) {
				if (line.group() != null) {
					byGroup.computeIfAbsent(line.group(), group -> new ArrayList<>()).add(line.kind());
				}
				else {
					// an entry the record does not attribute (imported without a group) reads as it was kept
					notes.add(new BoardView.Note(line.kind(), line.agendaItem()));
				}
			}
			byGroup.forEach((group, kinds) -> {
				int out = kinds.indexOf(AttendanceKind.WALKED_OUT);
				boolean back = out >= 0 && kinds.subList(out, kinds.size()).contains(AttendanceKind.RETURNED);
				GroupView known = groupsByLabel.get(group);
				seats.add(new BoardView.Seat(known == null ? null : known.code(), group, kinds.get(kinds.size() - 1), back));
			});
		}
		else {
			lines.forEach(line -> notes.add(new BoardView.Note(line.kind(), line.agendaItem())));
		}

		UUID own = viewer.isParticipant() ? viewer.groupId() : null;
		Map<UUID, GroupView> groups = directory.allGroups()
			.stream()
			.collect(Collectors.toMap(GroupView::id, Function.identity()));
		BoardView.Speakers speakers = null;
		SpeakerList list = item == null ? null : lists.findByMeetingIdAndAgendaItem(meeting.id(), item).orElse(null);
		if (item != null) {
			BoardView.Speaker current = null;
			List<BoardView.Speaker> waiting = new ArrayList<>();
			int spoken = 0;
			if (list != null) {
				Optional<SpeakerRequest> speaking = list.speaking();
				if (speaking.isPresent()) {
					current = speaker(speaking.get(), 0, attributed, own, groups, language, now);
				}
				int position = 1;
				for (SpeakerRequest request : list.waiting()) {
					waiting.add(speaker(request, position++, attributed, own, groups, language, now));
				}
				spoken = (int) list.requests()
					.stream()
					.filter(request -> request.status() == SpeakerStatus.SPOKE)
					.count();
			}
			speakers = new BoardView.Speakers(item, list != null && list.closed(), current, waiting, spoken);
		}

		boolean mediator = viewer.isMediator();
		boolean listed = list != null && own != null && list.lists(own);
		boolean waitingOwn = list != null && own != null
				&& list.waiting().stream().anyMatch(request -> request.groupId().equals(own));
		BoardView.Actions actions = new BoardView.Actions(mediator,
				viewer.isParticipant() && item != null && (list == null || !list.closed()) && !listed,
				viewer.isParticipant() && waitingOwn,
				mediator && list != null && (!list.waiting().isEmpty() || list.speaking().isPresent()),
				mediator && list != null && list.waiting().size() > 1,
				mediator && item != null && (list == null || !list.closed()),
				mediator && list != null && list.closed());
		return new BoardView(meeting.id(), found.round(), meeting.kind(), meeting.topic(), meeting.heldOn(),
				meeting.startsAt(), meeting.place(), now, attributed, item == null ? null : byCode.get(item), agenda,
				seats, notes, speakers, actions);
	}

	private static BoardView.Speaker speaker(SpeakerRequest request, int position, boolean attributed, UUID own,
			Map<UUID, GroupView> groups, LanguageCode language, Instant now) {
		boolean mine = request.groupId().equals(own);
		GroupView group = attributed || mine ? groups.get(request.groupId()) : null;
		Long elapsed = request.floorAt() == null ? null : Math.max(0, Duration.between(request.floorAt(), now).toSeconds());
		return new BoardView.Speaker(position, group == null ? null : group.code(),
				group == null ? null : group.label(language), mine, request.floorAt(), elapsed);
	}
}
