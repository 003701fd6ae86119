package org.mediationdesk.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.shared.DeskException;

/** The rules of a meeting's board itself (its current agenda item), on the aggregate alone. */
class MeetingBoardTests {

	private static final Instant T = Instant.parse("2027-03-02T09:00:00Z");

	private final MeetingBoard board = MeetingBoard.of(UUID.randomUUID());

	@Test
	void startsWithoutAnItem() {
		assertThat(board.currentItem()).isNull();
		assertThat(board.itemSetAt()).isNull();
	}

	@Test
	void takesUpAnItemAndKeepsWhenItWasSet() {
		board.takeUp("IDP", "secretariat", T);
		assertThat(board.currentItem()).isEqualTo("IDP");
		assertThat(board.itemSetAt()).isEqualTo(T);
	}

	@Test
	void movesFromOneItemToAnother() {
		board.takeUp("IDP", "secretariat", T);
		board.takeUp("SECURITY", "co-chair", T.plusSeconds(600));
		assertThat(board.currentItem()).isEqualTo("SECURITY");
		assertThat(board.itemSetAt()).isEqualTo(T.plusSeconds(600));
	}

	@Test
	void refusesTheItemItIsOnAlreadyAndKeepsWhenItWasSet() {
		board.takeUp("IDP", "secretariat", T);
		assertThatThrownBy(() -> board.takeUp("IDP", "co-chair", T.plusSeconds(5)))
			.isInstanceOf(DeskException.Conflict.class)
			.extracting(e -> ((DeskException) e).code())
			.isEqualTo("board.itemAlreadyCurrent");
		assertThat(board.itemSetAt()).isEqualTo(T);
	}

	@Test
	void offersTheCoChairsToSetTheItemWhereverTheMeetingIs() {
		assertThat(board.availableActions()).containsExactly(BoardAction.SET_ITEM);
		board.takeUp("IDP", "secretariat", T);
		assertThat(board.availableActions()).containsExactly(BoardAction.SET_ITEM);
	}
}
