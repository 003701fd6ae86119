package org.mediationdesk.texts;

import org.mediationdesk.confidentiality.AccessPolicy;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceKind;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.shared.DeskException;
import org.springframework.stereotype.Component;
import org.mediationdesk.identity.Role;

/**
 * The sides of a negotiation as a text names them: a participant group by its code, or the co-chairs. It
 * also says who may read what a side confided: a wording in confidence is for its sponsor and the co-chairs,
 * and the access policy decides who that is.
 */
@Component
class Sides {

	private final ParticipantDirectory directory;
	private final AccessPolicy policy;

	Sides(ParticipantDirectory directory, AccessPolicy policy) {
		this.directory = directory;
		this.policy = policy;
	}

	/** The viewer's group's code, or {@code null} for anyone who is not a participant of a group. */
	String groupOf(Viewer viewer) {
		return viewer.isParticipant() && viewer.groupId() != null
				? directory.group(viewer.groupId()).map(GroupView::code).orElse(null) : null;
	}

	/** The viewer's group's code; a participant without a group has nothing to act for (404). */
	String ownGroup(Viewer viewer) {
		String code = groupOf(viewer);
		if (code == null) {
			throw new DeskException.NotFound();
		}
		return code;
	}

	/** The side the viewer acts for: the co-chairs, or their own group. */
	String sideOf(Viewer viewer) {
		return viewer.isMediator() ? SponsoredWording.CO_CHAIRS : ownGroup(viewer);
	}

	/** A group's code as named in a form, or the co-chairs (blank). */
	String sponsorNamed(String code) {
		if (code == null || code.isBlank() || code.equals(SponsoredWording.CO_CHAIRS)) {
			return SponsoredWording.CO_CHAIRS;
		}
		return directory.groupByCode(code).map(GroupView::code)
			.orElseThrow(() -> new DeskException.Invalid("meeting.groupUnknown", code));
	}

	/** Whether a group could read a text of this audience: a group whose stance is required must. */
	boolean groupMaySee(GroupView group, Audience audience) {
		return policy.maySee(new Viewer(null, "required group", Role.PARTICIPANT, null,
				group.id()), audience);
	}

	/** Who sees what a side confides on a text: a wording in confidence, or the fact that it stated. */
	Audience confidedBy(NegotiatingText text, String side) {
		Audience confided = side.equals(SponsoredWording.CO_CHAIRS) ? Audience.coChairs()
				: directory.groupByCode(side).map(group -> Audience.groupAndCoChairs(group.id())).orElse(Audience.coChairs());
		return narrower(text.audience(), confided);
	}

	/** Who sees a wording: the text's audience, or, in confidence, its sponsor and the co-chairs. */
	Audience audienceOf(NegotiatingText text, SponsoredWording wording) {
		return wording.confidential() ? confidedBy(text, wording.sponsor()) : text.audience();
	}

	boolean mayRead(Viewer viewer, NegotiatingText text, SponsoredWording wording) {
		return policy.maySee(viewer, audienceOf(text, wording));
	}

	/**
	 * Who may see both the text and what was confided (the co-chairs, or one group and the co-chairs): a text
	 * for the co-chairs stays theirs; on a text for one group and the co-chairs, what another side confided is
	 * for the co-chairs alone. Texts are never a group's private workspace.
	 */
	static Audience narrower(Audience text, Audience confided) {
		return switch (text.kind()) {
			case PUBLIC, ALL_PARTICIPANTS -> confided;
			case GROUP_AND_CO_CHAIRS -> confided.kind() == AudienceKind.GROUP_AND_CO_CHAIRS
					&& confided.group().equals(text.group()) ? text : Audience.coChairs();
			case CO_CHAIRS, GROUP_ONLY -> text;
		};
	}
}
