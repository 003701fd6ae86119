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
 * <li>That a meeting takes place, its kind, day, time and co-moderators are public: a round's schedule is. So are
 * the topic and place of a meeting announced with them (a working group, the plenary, an information session, an
 * expert group).</li>
 * <li>The topic and place of a meeting held in a closed circle ({@link MeetingKind#isClosed()}: a sideline meeting,
 * a shuttle visit, a co-chairs' consultation) are for the co-chairs and secretariat and the participants of a group
 * invited to it, as what happens inside: for anyone else (another group, the public, administrators) the meeting is
 * listed by its kind, day and time, its topic and place left out (the field empty, never a placeholder).</li>
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

	/**
	 * The meeting as the viewer may read it: who was invited only for the co-chairs and secretariat; the topic and
	 * place of a meeting in a closed circle only for those it admits.
	 */
	MeetingView readBy(Viewer viewer, MeetingView meeting) {
		if (policy.maySee(viewer, Audience.coChairs())) {
			return meeting;
		}
		boolean details = !meeting.kind().isClosed() || admits(viewer, meeting);
		return new MeetingView(meeting.id(), meeting.kind(), details ? meeting.topic() : null, meeting.heldOn(),
				meeting.startsAt(), details ? meeting.place() : null, meeting.coModerators(), List.of());
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
}
