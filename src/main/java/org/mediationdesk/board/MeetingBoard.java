package org.mediationdesk.board;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import java.util.List;
import org.mediationdesk.shared.DeskException;

/** What a meeting's board keeps of its own: the agenda item under discussion, since when and set by whom. */
class MeetingBoard {

	/** The meeting's id: one board per meeting. */
	@Id
	private UUID id;
	private String currentItem;
	private Instant itemSetAt;
	private String itemSetBy;
	@Version
	private Long version;

	@PersistenceCreator
	MeetingBoard() {
	}

	static MeetingBoard of(UUID meetingId) {
		MeetingBoard board = new MeetingBoard();
		board.id = meetingId;
		return board;
	}

	String currentItem() {
		return currentItem;
	}

	Instant itemSetAt() {
		return itemSetAt;
	}

	/**
	 * What the co-chairs may do with the board itself: move the meeting to an agenda item, at any time (to one
	 * other than the current item).
	 */
	List<BoardAction> availableActions() {
		return List.of(BoardAction.SET_ITEM);
	}

	/** Moves the meeting to an agenda item; moving it to the item it is on already is refused. */
	void takeUp(String item, String by, Instant at) {
		if (item.equals(currentItem)) {
			throw new DeskException.Conflict("board.itemAlreadyCurrent");
		}
		currentItem = item;
		itemSetAt = at;
		itemSetBy = by;
	}
}
