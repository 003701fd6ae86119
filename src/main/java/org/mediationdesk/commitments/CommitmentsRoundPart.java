package org.mediationdesk.commitments;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.process.RoundPart;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.stereotype.Component;

/**
 * The round's commitments, on its page and in its JSON: those it discussed, and those open as it came (for the next
 * round: what it is to take up, pending confirmations first), as the viewer may see them.
 */
@Component
class CommitmentsRoundPart implements RoundPart {

	private final CommitmentViews views;

	CommitmentsRoundPart(CommitmentViews views) {
		this.views = views;
	}

	@Override
	public String name() {
		return "commitments";
	}

	@Override
	public Object of(Viewer viewer, int number, LanguageCode language) {
		RoundCommitments commitments = views.ofRound(viewer, number, language);
		return commitments.isEmpty() ? null : commitments;
	}
}
