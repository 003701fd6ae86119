package org.mediationdesk.board;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.mediationdesk.attendance.AttendanceCorrected;
import org.mediationdesk.attendance.AttendanceRecorded;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.live.LiveStreams;
import org.mediationdesk.live.Watcher;
import org.mediationdesk.process.MeetingChanged;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A meeting's board on its screens, through the live streams: a watcher's stream opens with the board as they
 * may see it, and the board is pushed again, to each as they may see it, after whatever changes it: a change on
 * the board itself, an attendance entry or its correction, a change to the meeting. Each push goes out once the
 * change commits.
 */
@Component
public class BoardPush {

	/** The name of the stream events that carry a whole board. */
	public static final String BOARD_EVENT = "board";

	private final MeetingBoards boards;
	private final LiveStreams streams;
	private final TransactionTemplate reading;

	BoardPush(MeetingBoards boards, LiveStreams streams, PlatformTransactionManager transactions) {
		this.boards = boards;
		this.streams = streams;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	/** The topic of a meeting's board in the live streams. */
	public static String topic(UUID meetingId) {
		return "meeting-board:" + meetingId;
	}

	/**
	 * Opens a live stream of a meeting's board for the viewer: the board now, then the board again after each
	 * change, each time as the viewer may see it. A meeting the viewer may not see is not there (404).
	 */
	public SseEmitter watch(Viewer viewer, UUID meetingId, Locale locale) {
		return streams.open(new Watcher(viewer, locale), topic(meetingId), BOARD_EVENT,
				watcher -> Optional.of(boards.board(watcher.viewer(), meetingId, LanguageCode.ofInterface(watcher.locale()))));
	}

	/**
	 * Pushes a meeting's board to everyone watching it, each as they may see it, once the current transaction
	 * commits. Whatever changes what a board shows (an attendance entry, a correction, a change of the meeting)
	 * calls this. A watcher who may no longer see the meeting (their group no longer invited, say) is refused, which
	 * ends their stream.
	 */
	public void meetingChanged(UUID meetingId) {
		// viewers of the same role and group in the same language see the same board: it is built once for them
		Map<List<Object>, Optional<BoardView>> built = new ConcurrentHashMap<>();
		streams.publish(topic(meetingId), BOARD_EVENT, watcher -> {
			Viewer viewer = watcher.viewer();
			LanguageCode language = LanguageCode.ofInterface(watcher.locale());
			List<Object> key = Arrays.asList(viewer.role(), viewer.isParticipant() ? viewer.groupId() : null, language);
			Optional<BoardView> board = built.computeIfAbsent(key,
					ignored -> reading.execute(status -> boards.boardIfVisible(viewer, meetingId, language)));
			return Optional.of(board.orElseThrow(DeskException.NotFound::new));
		});
	}

	@EventListener
	void on(BoardEvent event) {
		meetingChanged(event.meetingId());
	}

	@EventListener
	void on(AttendanceRecorded event) {
		meetingChanged(event.meetingId());
	}

	@EventListener
	void on(AttendanceCorrected event) {
		meetingChanged(event.meetingId());
	}

	@EventListener
	void on(MeetingChanged event) {
		meetingChanged(event.meetingId());
	}
}
