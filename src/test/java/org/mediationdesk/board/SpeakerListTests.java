package org.mediationdesk.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.shared.DeskException;

/** The rules of a list of speakers, on the aggregate alone. */
class SpeakerListTests {

	private static final UUID A = UUID.randomUUID();
	private static final UUID B = UUID.randomUUID();
	private static final UUID C = UUID.randomUUID();
	private static final Instant T = Instant.parse("2027-03-02T09:00:00Z");

	private final SpeakerList list = SpeakerList.open(UUID.randomUUID(), "IDP");

	private List<UUID> waiting() {
		return list.waiting().stream().map(SpeakerRequest::groupId).toList();
	}

	@Test
	void queuesGroupsInTheOrderTheyAsk() {
		list.ask(A, "a", T);
		list.ask(B, "b", T.plusSeconds(1));
		assertThat(waiting()).containsExactly(A, B);
	}

	@Test
	void refusesASecondRequestFromAGroupOnTheList() {
		list.ask(A, "a", T);
		assertThatThrownBy(() -> list.ask(A, "a", T)).isInstanceOf(DeskException.Conflict.class)
			.extracting(e -> ((DeskException) e).code()).isEqualTo("speakers.alreadyListed");
		list.next(T);
		assertThatThrownBy(() -> list.ask(A, "a", T)).as("while speaking too").isInstanceOf(DeskException.Conflict.class);
	}

	@Test
	void letsAGroupThatHasSpokenAskAgain() {
		list.ask(A, "a", T);
		list.next(T);
		list.next(T.plusSeconds(60));
		list.ask(A, "a", T.plusSeconds(61));
		assertThat(waiting()).containsExactly(A);
	}

	@Test
	void givesTheFloorToTheFirstWaitingAndEndsTheCurrentTurn() {
		list.ask(A, "a", T);
		list.ask(B, "b", T);
		assertThat(list.next(T.plusSeconds(5))).contains(A);
		assertThat(list.speaking().orElseThrow().floorAt()).isEqualTo(T.plusSeconds(5));
		assertThat(list.next(T.plusSeconds(65))).contains(B);
		assertThat(list.requests()).extracting(SpeakerRequest::status)
			.containsExactly(SpeakerStatus.SPOKE, SpeakerStatus.SPEAKING);
		assertThat(list.requests().get(0).endedAt()).isEqualTo(T.plusSeconds(65));
	}

	@Test
	void endsTheLastTurnWhenNobodyWaitsAndRefusesWhenNobodySpeaksEither() {
		list.ask(A, "a", T);
		list.next(T);
		assertThat(list.next(T.plusSeconds(30))).isEmpty();
		assertThat(list.speaking()).isEmpty();
		assertThatThrownBy(() -> list.next(T.plusSeconds(31))).isInstanceOf(DeskException.Conflict.class)
			.extracting(e -> ((DeskException) e).code()).isEqualTo("speakers.nobodyWaiting");
	}

	@Test
	void letsAWaitingGroupWithdrawButNotOneSpeaking() {
		list.ask(A, "a", T);
		list.ask(B, "b", T);
		list.withdraw(B, T.plusSeconds(1));
		assertThat(waiting()).containsExactly(A);
		list.next(T.plusSeconds(2));
		assertThatThrownBy(() -> list.withdraw(A, T)).isInstanceOf(DeskException.Conflict.class)
			.extracting(e -> ((DeskException) e).code()).isEqualTo("speakers.notWaiting");
	}

	@Test
	void ordersTheWaitingGroupsOnlyWithExactlyThoseGroups() {
		list.ask(A, "a", T);
		list.ask(B, "b", T);
		list.ask(C, "c", T);
		list.order(List.of(C, A, B));
		assertThat(waiting()).containsExactly(C, A, B);
		assertThatThrownBy(() -> list.order(List.of(C, A))).isInstanceOf(DeskException.Conflict.class);
		assertThatThrownBy(() -> list.order(List.of(C, A, A))).isInstanceOf(DeskException.Conflict.class);
		assertThatThrownBy(() -> list.order(List.of(C, A, UUID.randomUUID()))).isInstanceOf(DeskException.Conflict.class);
		assertThat(waiting()).containsExactly(C, A, B);
	}

	@Test
	void movesAGroupOnePlaceButNotPastTheEnds() {
		list.ask(A, "a", T);
		list.ask(B, "b", T);
		list.move(B, true);
		assertThat(waiting()).containsExactly(B, A);
		assertThatThrownBy(() -> list.move(B, true)).isInstanceOf(DeskException.Conflict.class)
			.extracting(e -> ((DeskException) e).code()).isEqualTo("speakers.alreadyFirst");
		assertThatThrownBy(() -> list.move(A, false)).isInstanceOf(DeskException.Conflict.class)
			.extracting(e -> ((DeskException) e).code()).isEqualTo("speakers.alreadyLast");
	}

	@Test
	void aClosedListRefusesRequestsButKeepsThoseWaiting() {
		list.ask(A, "a", T);
		list.close();
		assertThatThrownBy(() -> list.ask(B, "b", T)).isInstanceOf(DeskException.Conflict.class)
			.extracting(e -> ((DeskException) e).code()).isEqualTo("speakers.listClosed");
		assertThatThrownBy(list::close).isInstanceOf(DeskException.Conflict.class);
		assertThat(list.next(T)).contains(A);
		list.reopen();
		list.ask(B, "b", T);
		assertThatThrownBy(list::reopen).isInstanceOf(DeskException.Conflict.class);
	}

	@Test
	void offersAFreshListOnlyClosingToTheCoChairsAndAskingToAGroup() {
		assertThat(list.availableActions()).containsExactly(BoardAction.CLOSE);
		assertThat(list.availableActions(A)).containsExactly(BoardAction.ASK);
	}

	@Test
	void offersTheFloorWhileAGroupWaitsOrSpeaksAndTheOrderOnlyWithSeveralWaiting() {
		list.ask(A, "a", T);
		assertThat(list.availableActions()).containsExactly(BoardAction.GIVE_FLOOR, BoardAction.CLOSE);
		list.ask(B, "b", T);
		assertThat(list.availableActions()).containsExactly(BoardAction.GIVE_FLOOR, BoardAction.ORDER,
				BoardAction.CLOSE);
		list.next(T.plusSeconds(1));
		list.next(T.plusSeconds(2));
		assertThat(list.availableActions()).as("B speaks, nobody waits")
			.containsExactly(BoardAction.GIVE_FLOOR, BoardAction.CLOSE);
		list.next(T.plusSeconds(3));
		assertThat(list.availableActions()).as("nobody speaks or waits").containsExactly(BoardAction.CLOSE);
	}

	@Test
	void offersAGroupToWithdrawOnlyWhileItWaitsAndToAskOnlyOffTheList() {
		list.ask(A, "a", T);
		assertThat(list.availableActions(A)).containsExactly(BoardAction.WITHDRAW);
		assertThat(list.availableActions(B)).containsExactly(BoardAction.ASK);
		list.next(T.plusSeconds(1));
		assertThat(list.availableActions(A)).as("while it speaks").isEmpty();
		list.next(T.plusSeconds(2));
		assertThat(list.availableActions(A)).as("once it has spoken").containsExactly(BoardAction.ASK);
	}

	@Test
	void offersAClosedListOnlyToBeReopenedAndNoNewRequests() {
		list.ask(A, "a", T);
		list.close();
		assertThat(list.availableActions()).containsExactly(BoardAction.GIVE_FLOOR, BoardAction.REOPEN);
		assertThat(list.availableActions(B)).isEmpty();
		assertThat(list.availableActions(A)).as("a group waiting keeps its place and may leave it")
			.containsExactly(BoardAction.WITHDRAW);
	}

	/** The states a list goes through, each reached from a fresh list. */
	private static final List<java.util.function.Consumer<SpeakerList>> STATES = List.of(
			fresh -> {
			},
			fresh -> fresh.ask(A, "a", T),
			fresh -> {
				fresh.ask(A, "a", T);
				fresh.ask(B, "b", T);
			},
			fresh -> {
				fresh.ask(A, "a", T);
				fresh.next(T);
			},
			fresh -> {
				fresh.ask(A, "a", T);
				fresh.next(T);
				fresh.next(T);
			},
			fresh -> {
				fresh.ask(A, "a", T);
				fresh.close();
			},
			SpeakerList::close);

	@Test
	void acceptsExactlyTheStepsItOffers() {
		java.util.Map<BoardAction, java.util.function.Consumer<SpeakerList>> steps = java.util.Map.of(
				BoardAction.ASK, target -> target.ask(A, "a", T), BoardAction.WITHDRAW, target -> target.withdraw(A, T),
				BoardAction.GIVE_FLOOR, target -> target.next(T), BoardAction.CLOSE, SpeakerList::close,
				BoardAction.REOPEN, SpeakerList::reopen);
		for (int state = 0; state < STATES.size(); state++) {
			for (var step : steps.entrySet()) {
				SpeakerList target = SpeakerList.open(UUID.randomUUID(), "IDP");
				STATES.get(state).accept(target);
				boolean offered = target.availableActions().contains(step.getKey())
						|| target.availableActions(A).contains(step.getKey());
				boolean accepted;
				try {
					step.getValue().accept(target);
					accepted = true;
				}
				catch (DeskException.Conflict refused) {
					accepted = false;
				}
				assertThat(accepted).as("%s in state %d", step.getKey(), state).isEqualTo(offered);
			}
		}
	}
}
