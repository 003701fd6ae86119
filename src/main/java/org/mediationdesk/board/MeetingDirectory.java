package org.mediationdesk.board;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.mediationdesk.process.MeetingView;
import org.mediationdesk.process.RoundRecord;
import org.springframework.stereotype.Component;

/**
 * Finds a meeting by its id alone (the API names a meeting without its round), through the record of the rounds.
 * A meeting never moves to another round, so the round of each meeting seen is remembered; a meeting not yet
 * seen makes it read the rounds again.
 */
@Component
class MeetingDirectory {

	/** A meeting and the number of its round. */
	record Found(int round, MeetingView meeting) {
	}

	private final RoundRecord rounds;
	private final Map<UUID, Integer> roundOf = new ConcurrentHashMap<>();

	MeetingDirectory(RoundRecord rounds) {
		this.rounds = rounds;
	}

	Optional<Found> find(UUID meetingId) {
		if (meetingId == null) {
			return Optional.empty();
		}
		Integer known = roundOf.get(meetingId);
		if (known != null) {
			Optional<Found> found = in(known, meetingId);
			if (found.isPresent()) {
				return found;
			}
			roundOf.remove(meetingId);
		}
		for (Integer number : rounds.roundIds().keySet()) {
			for (MeetingView meeting : rounds.meetings(number)) {
				roundOf.put(meeting.id(), number);
			}
		}
		Integer found = roundOf.get(meetingId);
		return found == null ? Optional.empty() : in(found, meetingId);
	}

	/** The meeting in the given round, if it is one of its meetings. */
	Optional<Found> in(int number, UUID meetingId) {
		try {
			return rounds.meetings(number)
				.stream()
				.filter(meeting -> meeting.id().equals(meetingId))
				.findFirst()
				.map(meeting -> {
					roundOf.put(meetingId, number);
					return new Found(number, meeting);
				});
		}
		catch (org.mediationdesk.shared.DeskException.NotFound noSuchRound) {
			return Optional.empty();
		}
	}

	/** How many meetings of the same kind the meeting's round has (one, usually). */
	long sameKind(Found found) {
		return rounds.meetings(found.round()).stream().filter(other -> other.kind() == found.meeting().kind()).count();
	}
}
