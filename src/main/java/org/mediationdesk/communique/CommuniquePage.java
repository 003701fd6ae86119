package org.mediationdesk.communique;

import java.util.List;
import java.util.Set;

import org.mediationdesk.process.RoundView;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.terminology.TerminologyGate;

/**
 * What the communiqué page shows a viewer: the edition being prepared (for those who may see it), the published
 * editions newest first, and what the viewer may do: the steps the {@link Communique} offers now, and nothing else.
 *
 * @param withdrawn the viewer's own approval that an edit withdrew, while they have not approved again; or {@code null}
 * @param actions the steps that apply now: to the edition being prepared, or (a correction) to the latest published
 * @param mayDraft whether the viewer may draft the round's first communiqué (there is none yet)
 * @param approveAs the institution the viewer approves for, if they may approve the working edition now
 * @param blockers what the terminology gate would refuse in the working edition (for the co-chairs)
 * @param notHeld whether the round has no communiqué because it was not held (yet): scheduled for the future,
 * postponed, suspended or collapsed; a communiqué is drafted only from the record of a round that was held
 */
public record CommuniquePage(RoundView round, CommuniqueView working, List<CommuniqueView> published,
		CommuniqueView.ApprovalView withdrawn, Set<CommuniqueAction> actions, boolean mayDraft, Institution approveAs,
		List<TerminologyGate.Blocker> blockers, boolean notHeld) {

	public CommuniquePage {
		actions = Set.copyOf(actions);
	}

	public boolean mayEdit() {
		return actions.contains(CommuniqueAction.EDIT);
	}

	public boolean mayShare() {
		return actions.contains(CommuniqueAction.SHARE);
	}

	public boolean mayPublish() {
		return actions.contains(CommuniqueAction.PUBLISH);
	}

	public boolean mayEmbargo() {
		return actions.contains(CommuniqueAction.EMBARGO);
	}

	/** Whether the viewer may confirm or withdraw the versions that are to be brought up to date. */
	public boolean mayConfirmVersions() {
		return actions.contains(CommuniqueAction.CONFIRM_VERSION);
	}

	public boolean mayCorrect() {
		return actions.contains(CommuniqueAction.CORRECT);
	}
}
