package org.mediationdesk.board;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.mediationdesk.attendance.AttendanceKind;
import org.mediationdesk.process.MeetingKind;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A meeting's board as one viewer may see it. For the co-chairs and secretariat ({@code attributed}) the
 * attendance is by group ({@code seats}) and every request for the floor names its group; for a participant the
 * attendance is the public projection of the record ({@code notes}: what happened, never who) and only their own
 * group's requests are named.
 *
 * @param now the server's time when the board was built
 * @param currentItem the agenda item under discussion, {@code null} before one is taken up
 * @param agenda the items this meeting may take up
 * @param seats where each group stands (attributed boards only; empty otherwise)
 * @param notes what the public projection of the record says of this meeting (other boards), or, on attributed
 * boards, the entries the record does not attribute
 * @param speakers the list of speakers of the current item, {@code null} before an item is taken up
 * @param availableActions what the viewer may do on this board now, in the order of {@link BoardAction}
 */
public record BoardView(UUID meetingId, int roundNumber, MeetingKind meeting, String topic, LocalDate heldOn,
		LocalTime startsAt, String place, Instant now, boolean attributed, Item currentItem, List<Item> agenda,
		List<Seat> seats, List<Note> notes, Speakers speakers, List<BoardAction> availableActions) {

	/** An agenda item, with its title in the viewer's language. */
	public record Item(String code, String title) {
	}

	/**
	 * Where a group stands in the meeting, as the attributed record says.
	 *
	 * @param state the group's last recorded event
	 * @param leftAndReturned whether the group walked out and came back during this meeting
	 */
	public record Seat(String groupCode, String group, AttendanceKind state, boolean leftAndReturned) {
	}

	/** A line of the public projection of the record: what happened, during which item, never who. */
	public record Note(AttendanceKind kind, String item) {
	}

	/**
	 * The list of speakers of the current item.
	 *
	 * @param current the group with the floor, {@code null} if none
	 * @param waiting the groups waiting, in the order they will have the floor
	 * @param spoken how many turns this item has had so far
	 */
	public record Speakers(String item, boolean closed, Speaker current, List<Speaker> waiting, int spoken) {
	}

	/**
	 * A group on the list of speakers. {@code groupCode} and {@code group} are {@code null} where the viewer may
	 * not know which group it is (another group, for a participant).
	 *
	 * @param position the place on the list (1 is next); 0 for the group that has the floor
	 * @param own whether it is the viewer's own group
	 * @param since when the group was given the floor (the group speaking only)
	 * @param elapsedSeconds how long the group has had the floor when the board was built (the group speaking only)
	 */
	public record Speaker(int position, String groupCode, String group, boolean own, Instant since,
			Long elapsedSeconds) {
	}

	/**
	 * The same as flags, under the name the board's JSON gave them before {@code availableActions}: kept readable for
	 * one release (README, "API changes"), then removed.
	 */
	@Deprecated(forRemoval = true)
	@JsonProperty("actions")
	public Actions actions() {
		return new Actions(availableActions.contains(BoardAction.SET_ITEM), availableActions.contains(BoardAction.ASK),
				availableActions.contains(BoardAction.WITHDRAW), availableActions.contains(BoardAction.GIVE_FLOOR),
				availableActions.contains(BoardAction.ORDER), availableActions.contains(BoardAction.CLOSE),
				availableActions.contains(BoardAction.REOPEN));
	}

	/** What the viewer may do on the board now, as flags: the board's JSON before {@code availableActions}. */
	@Deprecated(forRemoval = true)
	public record Actions(boolean setItem, boolean ask, boolean withdraw, boolean giveFloor, boolean order,
			boolean close, boolean reopen) {
	}

	/** Whether the action of this name ({@link BoardAction}) applies to the viewer now; for the page's forms. */
	public boolean offers(String action) {
		return availableActions.contains(BoardAction.valueOf(action));
	}
}
