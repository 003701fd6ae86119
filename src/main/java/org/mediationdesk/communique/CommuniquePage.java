package org.mediationdesk.communique;

import java.util.List;

import org.mediationdesk.process.RoundView;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.terminology.TerminologyGate;

/**
 * What the communiqué page shows a viewer: the edition being prepared (for those who may see it), the published
 * editions newest first, and what the viewer may do.
 *
 * @param withdrawn the viewer's own approval that an edit withdrew, while they have not approved again; or {@code null}
 * @param approveAs the institution the viewer approves for, if they may approve the working edition now
 * @param blockers what the terminology gate would refuse in the working edition (for the co-chairs)
 */
public record CommuniquePage(RoundView round, CommuniqueView working, List<CommuniqueView> published,
		CommuniqueView.ApprovalView withdrawn, boolean mayEdit, boolean mayDraft, boolean mayCorrect,
		Institution approveAs, List<TerminologyGate.Blocker> blockers) {
}
