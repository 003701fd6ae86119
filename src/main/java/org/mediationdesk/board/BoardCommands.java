package org.mediationdesk.board;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.process.AgendaItemView;
import org.mediationdesk.process.DatedMeeting;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the co-chairs, the secretariat and the participants do on a meeting's board: the co-chairs and secretariat
 * move the meeting to an agenda item and run its list of speakers (give the floor, order the list, close it or
 * open it again); a participant asks for the floor for their group and withdraws the request. Each step is
 * checked by the board or the list it changes, is told as a {@link BoardEvent}, and answers with the board as the
 * viewer now sees it. A meeting the viewer may not see is not there (404).
 */
@Service
public class BoardCommands {

	private final MeetingBoards boards;
	private final MeetingBoardRepository states;
	private final SpeakerListRepository lists;
	private final RoundRecord rounds;
	private final ParticipantDirectory directory;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	BoardCommands(MeetingBoards boards, MeetingBoardRepository states, SpeakerListRepository lists,
			RoundRecord rounds, ParticipantDirectory directory, ApplicationEventPublisher events, Clock clock) {
		this.boards = boards;
		this.states = states;
		this.lists = lists;
		this.rounds = rounds;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	/** The meeting moves to an agenda item (the co-chairs and secretariat). */
	@Transactional
	public BoardView setCurrentItem(Viewer viewer, UUID meetingId, String item, LanguageCode language) {
		viewer.requireMediator();
		DatedMeeting found = boards.visible(viewer, meetingId);
		String code = item == null ? "" : item.strip();
		if (code.isEmpty()) {
			throw new DeskException.Invalid("board.itemRequired");
		}
		AgendaItemView chosen = rounds.agenda()
			.stream()
			.filter(candidate -> candidate.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new DeskException.Invalid("board.itemUnknown"));
		if (!MeetingBoards.ofMeeting(found.meeting().kind(), chosen)) {
			throw new DeskException.Invalid("board.itemNotOfMeeting");
		}
		MeetingBoard state = states.findById(meetingId).orElseGet(() -> MeetingBoard.of(meetingId));
		state.takeUp(chosen.code(), viewer.username(), clock.instant());
		saved(() -> states.save(state));
		events.publishEvent(new BoardEvent.CurrentItemSet(viewer.username(), meetingId, found.roundNumber(), chosen.code()));
		return boards.build(viewer, found, language);
	}

	/** A participant asks for the floor for their group on the current item. */
	@Transactional
	public BoardView ask(Viewer viewer, UUID meetingId, LanguageCode language) {
		viewer.requireParticipant();
		DatedMeeting found = boards.visible(viewer, meetingId);
		String item = currentItem(meetingId);
		SpeakerList list = lists.findByMeetingIdAndAgendaItem(meetingId, item)
			.orElseGet(() -> SpeakerList.open(meetingId, item));
		list.ask(viewer.groupId(), viewer.username(), clock.instant());
		saved(() -> lists.save(list));
		events.publishEvent(new BoardEvent.FloorRequested(viewer.username(), meetingId, found.roundNumber(), item,
				viewer.groupId()));
		return boards.build(viewer, found, language);
	}

	/** A participant withdraws their group's request for the floor on the current item. */
	@Transactional
	public BoardView withdraw(Viewer viewer, UUID meetingId, LanguageCode language) {
		viewer.requireParticipant();
		DatedMeeting found = boards.visible(viewer, meetingId);
		String item = currentItem(meetingId);
		SpeakerList list = lists.findByMeetingIdAndAgendaItem(meetingId, item)
			.orElseThrow(() -> new DeskException.Conflict("speakers.notWaiting"));
		list.withdraw(viewer.groupId(), clock.instant());
		saved(() -> lists.save(list));
		events.publishEvent(new BoardEvent.FloorRequestWithdrawn(viewer.username(), meetingId, found.roundNumber(), item,
				viewer.groupId()));
		return boards.build(viewer, found, language);
	}

	/** The co-chair gives the floor to the next group on the list (which ends the current turn). */
	@Transactional
	public BoardView next(Viewer viewer, UUID meetingId, LanguageCode language) {
		viewer.requireMediator();
		DatedMeeting found = boards.visible(viewer, meetingId);
		String item = currentItem(meetingId);
		SpeakerList list = lists.findByMeetingIdAndAgendaItem(meetingId, item)
			.orElseThrow(() -> new DeskException.Conflict("speakers.nobodyWaiting"));
		Optional<UUID> speaking = list.next(clock.instant());
		saved(() -> lists.save(list));
		events.publishEvent(new BoardEvent.FloorGiven(viewer.username(), meetingId, found.roundNumber(), item,
				speaking.orElse(null)));
		return boards.build(viewer, found, language);
	}

	/** The co-chair puts the waiting groups in another order, given by their codes. */
	@Transactional
	public BoardView order(Viewer viewer, UUID meetingId, List<String> groups, LanguageCode language) {
		viewer.requireMediator();
		DatedMeeting found = boards.visible(viewer, meetingId);
		String item = currentItem(meetingId);
		List<UUID> order = new ArrayList<>();
		for (String code : groups == null ? List.<String>of() : groups) {
			order.add(group(code));
		}
		SpeakerList list = lists.findByMeetingIdAndAgendaItem(meetingId, item)
			.orElseGet(() -> SpeakerList.open(meetingId, item));
		list.order(order);
		saved(() -> lists.save(list));
		events.publishEvent(new BoardEvent.SpeakersOrdered(viewer.username(), meetingId, found.roundNumber(), item));
		return boards.build(viewer, found, language);
	}

	/** The co-chair moves a waiting group one place earlier or later on the list. */
	@Transactional
	public BoardView move(Viewer viewer, UUID meetingId, String group, boolean earlier, LanguageCode language) {
		viewer.requireMediator();
		DatedMeeting found = boards.visible(viewer, meetingId);
		String item = currentItem(meetingId);
		UUID moved = group(group);
		SpeakerList list = lists.findByMeetingIdAndAgendaItem(meetingId, item)
			.orElseThrow(() -> new DeskException.Conflict("speakers.notWaiting"));
		list.move(moved, earlier);
		saved(() -> lists.save(list));
		events.publishEvent(new BoardEvent.SpeakersOrdered(viewer.username(), meetingId, found.roundNumber(), item));
		return boards.build(viewer, found, language);
	}

	/** The co-chair closes the list of speakers of the current item ({@code closed}) or opens it again. */
	@Transactional
	public BoardView close(Viewer viewer, UUID meetingId, boolean closed, LanguageCode language) {
		viewer.requireMediator();
		DatedMeeting found = boards.visible(viewer, meetingId);
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
		events.publishEvent(new BoardEvent.SpeakersListClosed(viewer.username(), meetingId, found.roundNumber(), item,
				closed));
		return boards.build(viewer, found, language);
	}

	private UUID group(String code) {
		return directory.groupByCode(code == null ? "" : code.strip())
			.map(GroupView::id)
			.orElseThrow(() -> new DeskException.Invalid("speakers.groupUnknown"));
	}

	private String currentItem(UUID meetingId) {
		return states.findById(meetingId)
			.map(MeetingBoard::currentItem)
			.orElseThrow(() -> new DeskException.Conflict("board.noCurrentItem"));
	}

	/** Of two changes to a board or a list made at the same moment, the second is refused. */
	private static void saved(Supplier<?> save) {
		try {
			save.get();
		}
		catch (ConcurrencyFailureException | DuplicateKeyException overtaken) {
			throw new DeskException.Conflict("board.changedMeanwhile");
		}
	}
}
