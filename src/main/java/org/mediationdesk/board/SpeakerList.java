package org.mediationdesk.board;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.mediationdesk.shared.DeskException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * The list of speakers of one agenda item in one meeting. Groups ask for the floor and wait in the list's order;
 * the co-chair gives the floor to the first waiting group (which ends the turn of the one speaking), may put the
 * waiting groups in another order, and closes the list to further requests. A group is on the list once at a
 * time; a group that has spoken may ask again. Every request stays, with its times, as the record of the item.
 * Two changes made at the same moment are decided one after the other (the version); the second is refused.
 */
class SpeakerList {

	@Id
	private UUID id;
	private UUID meetingId;
	private String agendaItem;
	private boolean closed;
	/** Every request in order: those done first, then those waiting, in the order they will have the floor. */
	private List<SpeakerRequest> requests = new ArrayList<>();
	@Version
	private Long version;

	@PersistenceCreator
	SpeakerList() {
	}

	static SpeakerList open(UUID meetingId, String agendaItem) {
		SpeakerList list = new SpeakerList();
		list.id = UUID.randomUUID();
		list.meetingId = meetingId;
		list.agendaItem = agendaItem;
		return list;
	}

	UUID id() {
		return id;
	}

	String agendaItem() {
		return agendaItem;
	}

	boolean closed() {
		return closed;
	}

	List<SpeakerRequest> requests() {
		return List.copyOf(requests);
	}

	/** The groups waiting for the floor, in the order they will have it. */
	List<SpeakerRequest> waiting() {
		return requests.stream().filter(request -> request.status() == SpeakerStatus.WAITING).toList();
	}

	/** The group that has the floor now, if any. */
	Optional<SpeakerRequest> speaking() {
		return requests.stream().filter(request -> request.status() == SpeakerStatus.SPEAKING).findFirst();
	}

	/** Whether the group is on the list now: waiting, or speaking. */
	boolean lists(UUID group) {
		return requests.stream()
			.anyMatch(request -> request.groupId().equals(group)
					&& (request.status() == SpeakerStatus.WAITING || request.status() == SpeakerStatus.SPEAKING));
	}

	/**
	 * What the co-chairs may do with the list now, in the order of {@link BoardAction}: give the floor while a group
	 * waits or speaks; order the list while more than one group waits; close an open list, reopen a closed one.
	 */
	List<BoardAction> availableActions() {
		List<BoardAction> actions = new ArrayList<>();
		if (!waiting().isEmpty() || speaking().isPresent()) {
			actions.add(BoardAction.GIVE_FLOOR);
		}
		if (waiting().size() > 1) {
			actions.add(BoardAction.ORDER);
		}
		actions.add(closed ? BoardAction.REOPEN : BoardAction.CLOSE);
		return List.copyOf(actions);
	}

	/**
	 * What a group may do with the list now: ask for the floor while the list is open and the group is not on it;
	 * withdraw its request while it waits.
	 */
	List<BoardAction> availableActions(UUID group) {
		List<BoardAction> actions = new ArrayList<>();
		if (!closed && !lists(group)) {
			actions.add(BoardAction.ASK);
		}
		if (indexOf(group, SpeakerStatus.WAITING) >= 0) {
			actions.add(BoardAction.WITHDRAW);
		}
		return List.copyOf(actions);
	}

	/** A group asks for the floor: it goes to the end of the list. */
	void ask(UUID group, String by, Instant at) {
		if (closed) {
			throw new DeskException.Conflict("speakers.listClosed");
		}
		if (lists(group)) {
			throw new DeskException.Conflict("speakers.alreadyListed");
		}
		requests.add(new SpeakerRequest(group, SpeakerStatus.WAITING, by, at, null, null));
	}

	/** A group withdraws its request before it has the floor. */
	void withdraw(UUID group, Instant at) {
		int index = indexOf(group, SpeakerStatus.WAITING);
		if (index < 0) {
			throw new DeskException.Conflict("speakers.notWaiting");
		}
		requests.set(index, requests.get(index).ended(SpeakerStatus.WITHDRAWN, at));
	}

	/**
	 * Gives the floor to the first waiting group, ending the turn of the one speaking. With nobody waiting, it
	 * only ends the turn; with nobody waiting and nobody speaking, there is nothing to do.
	 *
	 * @return the group that now has the floor, if any
	 */
	Optional<UUID> next(Instant at) {
		int speaking = indexOf(null, SpeakerStatus.SPEAKING);
		int first = indexOf(null, SpeakerStatus.WAITING);
		if (speaking < 0 && first < 0) {
			throw new DeskException.Conflict("speakers.nobodyWaiting");
		}
		if (speaking >= 0) {
			requests.set(speaking, requests.get(speaking).ended(SpeakerStatus.SPOKE, at));
		}
		if (first < 0) {
			return Optional.empty();
		}
		requests.set(first, requests.get(first).speaking(at));
		return Optional.of(requests.get(first).groupId());
	}

	/** Puts the waiting groups in another order: the order must name exactly the groups waiting, once each. */
	void order(List<UUID> groups) {
		List<SpeakerRequest> waiting = waiting();
		if (groups.size() != waiting.size() || !new HashSet<>(groups).equals(
				new HashSet<>(waiting.stream().map(SpeakerRequest::groupId).toList()))) {
			throw new DeskException.Conflict("speakers.orderNotTheList");
		}
		List<SpeakerRequest> reordered = new ArrayList<>(requests.stream()
			.filter(request -> request.status() != SpeakerStatus.WAITING)
			.toList());
		for (UUID group : groups) {
			reordered.add(waiting.stream().filter(request -> request.groupId().equals(group)).findFirst().orElseThrow());
		}
		requests = reordered;
	}

	/** Moves a waiting group one place earlier or later in the list. */
	void move(UUID group, boolean earlier) {
		List<UUID> order = new ArrayList<>(waiting().stream().map(SpeakerRequest::groupId).toList());
		int at = order.indexOf(group);
		int to = earlier ? at - 1 : at + 1;
		if (at < 0) {
			throw new DeskException.Conflict("speakers.notWaiting");
		}
		if (to < 0 || to >= order.size()) {
			throw new DeskException.Conflict(earlier ? "speakers.alreadyFirst" : "speakers.alreadyLast");
		}
		order.add(to, order.remove(at));
		order(order);
	}

	/** Closes the list: no group may ask for the floor any more; those waiting keep their places. */
	void close() {
		if (closed) {
			throw new DeskException.Conflict("speakers.alreadyClosed");
		}
		closed = true;
	}

	/** Opens a closed list again. */
	void reopen() {
		if (!closed) {
			throw new DeskException.Conflict("speakers.alreadyOpen");
		}
		closed = false;
	}

	private int indexOf(UUID group, SpeakerStatus status) {
		for (int i = 0; i < requests.size(); i++) {
			SpeakerRequest request = requests.get(i);
			if (request.status() == status && (group == null || request.groupId().equals(group))) {
				return i;
			}
		}
		return -1;
	}
}
