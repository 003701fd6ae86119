package org.mediationdesk.process;

import java.util.List;

import org.mediationdesk.confidentiality.AccessPolicy;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.ParticipantDirectory;
import org.springframework.stereotype.Component;

/**
 * Who may see what of a meeting: the one rule that every page, API, board and reading of the attendance of a
 * meeting follows, through {@link RoundRecord#meetingFor} and {@link RoundRecord#meetingInside}.
 * <ul>
 * <li>That a meeting takes place, its kind, topic, day, time, place and co-moderators are public: a round's
 * schedule is.</li>
 * <li>Who was invited is for the co-chairs and secretariat: for a sideline meeting or a shuttle visit it would say
 * who met.</li>
 * <li>What happens inside (its board) is behind closed doors: the co-chairs and secretariat, and the participants
 * of a group invited to it (of any group, where the record does not say who was invited); nobody else, neither the
 * public nor administrators.</li>
 * </ul>
 */
@Component
class MeetingAudience {

	private final AccessPolicy policy;
	private final ParticipantDirectory directory;

	MeetingAudience(AccessPolicy policy, ParticipantDirectory directory) {
		this.policy = policy;
		this.directory = directory;
	}

	/** The meeting as the viewer may read it: who was invited only for the co-chairs and secretariat. */
	MeetingView readBy(Viewer viewer, MeetingView meeting) {
		return policy.maySee(viewer, Audience.coChairs()) ? meeting : withoutInvited(meeting);
	}

	/** Whether the viewer may follow the meeting from inside (its board). */
	boolean admits(Viewer viewer, MeetingView meeting) {
		if (policy.maySee(viewer, Audience.coChairs())) {
			return true;
		}
		if (!viewer.isParticipant() || !policy.maySee(viewer, Audience.allParticipants())) {
			return false; // behind closed doors: nothing of a meeting for the public, nor for administrators
		}
		if (meeting.invitedGroups().isEmpty()) {
			return true;
		}
		return directory.group(viewer.groupId())
			.map(group -> meeting.invitedGroups().contains(group.code()))
			.orElse(false);
	}

	/** The meeting without who was invited: as anyone but the co-chairs and secretariat reads it. */
	private static MeetingView withoutInvited(MeetingView meeting) {
		return new MeetingView(meeting.id(), meeting.kind(), meeting.topic(), meeting.heldOn(), meeting.startsAt(),
				meeting.place(), meeting.coModerators(), List.of());
	}
}
