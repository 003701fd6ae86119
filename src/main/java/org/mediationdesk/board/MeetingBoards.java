package org.mediationdesk.board;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mediationdesk.attendance.AttendanceKind;
import org.mediationdesk.attendance.AttendanceLine;
import org.mediationdesk.attendance.AttendanceRecord;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.process.AgendaItemView;
import org.mediationdesk.process.DatedMeeting;
import org.mediationdesk.process.MeetingKind;
import org.mediationdesk.process.MeetingView;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.process.WorkingGroup;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The boards of the meetings as each viewer sees them. Every meeting is held behind closed doors: the co-chairs
 * and secretariat see every board; a participant sees the board of a meeting their group is invited to (or of one
 * whose invitations the record does not give); nobody else sees any (404). The process decides who may see a
 * meeting ({@link RoundRecord#meetingInside}); the attendance record gives the meeting's attendance as the viewer
 * reads it ({@link AttendanceRecord#forMeeting}). What is done on a board is {@link BoardCommands}'; its screens
 * follow it through {@link BoardPush}.
 */
@Service
public class MeetingBoards {

	private final RoundRecord rounds;
	private final MeetingBoardRepository states;
	private final SpeakerListRepository lists;
	private final AttendanceRecord attendance;
	private final ParticipantDirectory directory;
	private final Clock clock;

	MeetingBoards(RoundRecord rounds, MeetingBoardRepository states, SpeakerListRepository lists,
			AttendanceRecord attendance, ParticipantDirectory directory, Clock clock) {
		this.rounds = rounds;
		this.states = states;
		this.lists = lists;
		this.attendance = attendance;
		this.directory = directory;
		this.clock = clock;
	}

	/** A meeting's board as the viewer may see it. */
	@Transactional(readOnly = true)
	public BoardView board(Viewer viewer, UUID meetingId, LanguageCode language) {
		return build(viewer, visible(viewer, meetingId), language);
	}

	/** A meeting's board, named with its round (as the pages do): the meeting must be one of that round's. */
	@Transactional(readOnly = true)
	public BoardView board(Viewer viewer, int number, UUID meetingId, LanguageCode language) {
		DatedMeeting found = rounds.meetingInside(viewer, meetingId)
			.filter(meeting -> meeting.roundNumber() == number)
			.orElseThrow(DeskException.NotFound::new);
		return build(viewer, found, language);
	}

	/** A meeting's board as the viewer may see it; empty if they may not see the meeting. */
	Optional<BoardView> boardIfVisible(Viewer viewer, UUID meetingId, LanguageCode language) {
		return rounds.meetingInside(viewer, meetingId).map(found -> build(viewer, found, language));
	}

	/** The meeting, with its round, if the viewer may see its board; otherwise it is not there (404). */
	DatedMeeting visible(Viewer viewer, UUID meetingId) {
		return rounds.meetingInside(viewer, meetingId).orElseThrow(DeskException.NotFound::new);
	}

	/** A working group's meeting takes up its own group's items; any other meeting, any item. */
	static boolean ofMeeting(MeetingKind kind, AgendaItemView item) {
		return switch (kind) {
			case WORKING_GROUP_I -> item.workingGroup() == null || item.workingGroup() == WorkingGroup.WG1;
			case WORKING_GROUP_II -> item.workingGroup() == null || item.workingGroup() == WorkingGroup.WG2;
			default -> true;
		};
	}

	/** The board of a meeting the viewer may see, as they see it. */
	BoardView build(Viewer viewer, DatedMeeting found, LanguageCode language) {
		MeetingView meeting = found.meeting();
		Instant now = clock.instant();
		boolean attributed = attendance.isAttributedFor(viewer);
		List<AgendaItemView> items = rounds.agenda();
		List<BoardView.Item> agenda = items.stream()
			.filter(item -> ofMeeting(meeting.kind(), item))
			.map(item -> new BoardView.Item(item.code(), item.title(language)))
			.toList();
		Map<String, BoardView.Item> byCode = items.stream()
			.collect(Collectors.toMap(AgendaItemView::code, item -> new BoardView.Item(item.code(), item.title(language)),
					(a, b) -> a));
		Optional<MeetingBoard> state = states.findById(meeting.id());
		String item = state.map(MeetingBoard::currentItem).orElse(null);
		Map<UUID, GroupView> groups = directory.allGroups()
			.stream()
			.collect(Collectors.toMap(GroupView::id, Function.identity()));

		// the attendance exactly as the record reads for this viewer, of this meeting
		List<AttendanceLine> lines = attendance.forMeeting(viewer, meeting.id(), language);
		List<BoardView.Seat> seats = new ArrayList<>();
		List<BoardView.Note> notes = new ArrayList<>();
		if (attributed) {
			seat(lines, groups, seats, notes);
		}
		else {
			lines.forEach(line -> notes.add(new BoardView.Note(line.kind(), line.agendaItem())));
		}

		SpeakerList list = item == null ? null : lists.findByMeetingIdAndAgendaItem(meeting.id(), item).orElse(null);
		BoardView.Speakers speakers = item == null ? null
				: speakers(item, list, attributed, ownGroup(viewer), groups, language, now);
		return new BoardView(meeting.id(), found.roundNumber(), meeting.kind(), meeting.topic(), meeting.heldOn(),
				meeting.startsAt(), meeting.place(), now, attributed, item == null ? null : byCode.get(item), agenda,
				seats, notes, speakers, actions(viewer, meeting.id(), state, item, list));
	}

	/**
	 * Where each group stands, from the attributed record of the meeting: its last entry, and whether it walked
	 * out and came back. An entry the record does not attribute (imported without a group) reads as it was kept.
	 */
	private static void seat(List<AttendanceLine> lines, Map<UUID, GroupView> groups, List<BoardView.Seat> seats,
			List<BoardView.Note> notes) {
		Map<UUID, List<AttendanceKind>> byGroup = new LinkedHashMap<>();
		Map<UUID, String> labels = new LinkedHashMap<>();
		for (AttendanceLine line : lines) {
			if (line.groupId() != null && line.group() != null) {
				byGroup.computeIfAbsent(line.groupId(), group -> new ArrayList<>()).add(line.kind());
				labels.putIfAbsent(line.groupId(), line.group());
			}
			else {
				notes.add(new BoardView.Note(line.kind(), line.agendaItem()));
			}
		}
		byGroup.forEach((group, kinds) -> {
			int out = kinds.indexOf(AttendanceKind.WALKED_OUT);
			boolean back = out >= 0 && kinds.subList(out, kinds.size()).contains(AttendanceKind.RETURNED);
			GroupView known = groups.get(group);
			seats.add(new BoardView.Seat(known == null ? null : known.code(), labels.get(group),
					kinds.get(kinds.size() - 1), back));
		});
	}

	/** The list of speakers of the current item, naming only the groups the viewer may know. */
	private static BoardView.Speakers speakers(String item, SpeakerList list, boolean attributed, UUID own,
			Map<UUID, GroupView> groups, LanguageCode language, Instant now) {
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
			spoken = (int) list.requests().stream().filter(request -> request.status() == SpeakerStatus.SPOKE).count();
		}
		return new BoardView.Speakers(item, list != null && list.closed(), current, waiting, spoken);
	}

	private static BoardView.Speaker speaker(SpeakerRequest request, int position, boolean attributed, UUID own,
			Map<UUID, GroupView> groups, LanguageCode language, Instant now) {
		boolean mine = request.groupId().equals(own);
		GroupView group = attributed || mine ? groups.get(request.groupId()) : null;
		Long elapsed = request.floorAt() == null ? null : Math.max(0, Duration.between(request.floorAt(), now).toSeconds());
		return new BoardView.Speaker(position, group == null ? null : group.code(),
				group == null ? null : group.label(language), mine, request.floorAt(), elapsed);
	}

	/**
	 * What the viewer may do on the board now, as the board and its list of speakers say: the co-chairs and
	 * secretariat what the co-chairs may, a participant what their group may. A list nobody has asked to speak on
	 * yet is an open, empty one.
	 */
	private static List<BoardAction> actions(Viewer viewer, UUID meetingId, Optional<MeetingBoard> state,
			String item, SpeakerList list) {
		SpeakerList speakers = item == null ? null : list != null ? list : SpeakerList.open(meetingId, item);
		List<BoardAction> actions = new ArrayList<>();
		if (viewer.isMediator()) {
			actions.addAll(state.orElseGet(() -> MeetingBoard.of(meetingId)).availableActions());
			if (speakers != null) {
				actions.addAll(speakers.availableActions());
			}
		}
		else if (viewer.isParticipant() && speakers != null) {
			actions.addAll(speakers.availableActions(viewer.groupId()));
		}
		return List.copyOf(actions);
	}

	private static UUID ownGroup(Viewer viewer) {
		return viewer.isParticipant() ? viewer.groupId() : null;
	}
}
