package org.mediationdesk.board;

import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceScoped;
import org.mediationdesk.shared.AuditableEvent;

/**
 * What happened on a meeting's board. A request for the floor names its group, so it is for that group and the
 * co-chairs; the current item and whether the list is open are for everyone in the talks; the list's order is
 * the co-chairs' business.
 */
public sealed interface BoardEvent extends AuditableEvent, AudienceScoped {

	/** The meeting whose board changed. */
	UUID meetingId();

	int roundNumber();

	@Override
	default String objectType() {
		return "meeting";
	}

	@Override
	default String objectId() {
		return meetingId().toString();
	}

	/** The meeting moved to an agenda item. */
	record CurrentItemSet(String actor, UUID meetingId, int roundNumber, String item) implements BoardEvent {

		@Override
		public String action() {
			return "board.item-set";
		}

		@Override
		public String detail() {
			return "round " + roundNumber + ", item " + item;
		}

		@Override
		public Audience audience() {
			return Audience.allParticipants();
		}
	}

	/** A group asked for the floor on an item. */
	record FloorRequested(String actor, UUID meetingId, int roundNumber, String item, UUID groupId)
			implements BoardEvent {

		@Override
		public String action() {
			return "board.floor-requested";
		}

		@Override
		public String detail() {
			return "round " + roundNumber + ", item " + item;
		}

		@Override
		public Audience audience() {
			return Audience.groupAndCoChairs(groupId);
		}
	}

	/** A group withdrew its request for the floor. */
	record FloorRequestWithdrawn(String actor, UUID meetingId, int roundNumber, String item, UUID groupId)
			implements BoardEvent {

		@Override
		public String action() {
			return "board.floor-request-withdrawn";
		}

		@Override
		public String detail() {
			return "round " + roundNumber + ", item " + item;
		}

		@Override
		public Audience audience() {
			return Audience.groupAndCoChairs(groupId);
		}
	}

	/** The co-chair gave the floor to a group ({@code groupId}), or ended the last turn ({@code null}). */
	record FloorGiven(String actor, UUID meetingId, int roundNumber, String item, UUID groupId) implements BoardEvent {

		@Override
		public String action() {
			return groupId == null ? "board.floor-ended" : "board.floor-given";
		}

		@Override
		public String detail() {
			return "round " + roundNumber + ", item " + item;
		}

		@Override
		public Audience audience() {
			return groupId == null ? Audience.coChairs() : Audience.groupAndCoChairs(groupId);
		}
	}

	/** The co-chair put the waiting groups in another order. */
	record SpeakersOrdered(String actor, UUID meetingId, int roundNumber, String item) implements BoardEvent {

		@Override
		public String action() {
			return "board.speakers-ordered";
		}

		@Override
		public String detail() {
			return "round " + roundNumber + ", item " + item;
		}

		@Override
		public Audience audience() {
			return Audience.coChairs();
		}
	}

	/** The co-chair closed the list of speakers of an item ({@code closed}), or opened it again. */
	record SpeakersListClosed(String actor, UUID meetingId, int roundNumber, String item, boolean closed)
			implements BoardEvent {

		@Override
		public String action() {
			return closed ? "board.speakers-closed" : "board.speakers-reopened";
		}

		@Override
		public String detail() {
			return "round " + roundNumber + ", item " + item;
		}

		@Override
		public Audience audience() {
			return Audience.allParticipants();
		}
	}
}
