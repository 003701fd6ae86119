package org.mediationdesk.attendance;

import java.util.List;

import org.mediationdesk.process.Capacity;
import org.mediationdesk.process.MeetingKind;
import java.util.Objects;

/**
 * Whether, in one meeting, the groups the process declares must be treated alike were invited alike (all or
 * none of them) and seated alike (all or none of them, and all in the same capacity). The lists name them,
 * so this is for the co-chairs and secretariat only.
 *
 * @param notInvited the declared groups the meeting's invitation leaves out, where it names any
 * @param seated the declared groups seated at the end of the meeting's record, with their capacity
 */
public record EqualityCheck(MeetingKind meeting, String topic, boolean alike, List<String> notInvited,
		List<Seat> seated, List<String> notSeated) {

	/** A seated group and its capacity ({@code null} if not recorded). */
	public record Seat(String group, Capacity capacity) {
	}

	public boolean invitedAlike() {
		return notInvited.isEmpty();
	}

	public boolean seatedAlike() {
		return seated.isEmpty() || notSeated.isEmpty();
	}

	/** Whether the seated groups whose capacity is recorded all sit in the same one. */
	public boolean sameCapacity() {
		return seated.stream().map(Seat::capacity).filter(Objects::nonNull).distinct().count() <= 1;
	}
}
