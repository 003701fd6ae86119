package org.mediationdesk.commitments;

import java.util.ArrayList;
import java.util.List;

import org.mediationdesk.communique.CommuniqueSection;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The communiqué's paragraph on the commitments a round moved: one sentence per public commitment the round
 * discussed in public, from the bundles ({@code commitments.communique.*}), with the commitment's title in the
 * version's language (or the English title where that language has none). It reads the commitments as the public
 * does, so that nothing confidential can reach the communiqué; between the incident mechanisms and the next round.
 */
@Component
class CommitmentsSection implements CommuniqueSection {

	private final CommitmentViews views;
	private final MessageSource messages;

	CommitmentsSection(CommitmentViews views, MessageSource messages) {
		this.views = views;
		this.messages = messages;
	}

	@Override
	public String name() {
		return "commitments";
	}

	@Override
	public int position() {
		return 550;
	}

	@Override
	public List<String> paragraphs(int roundNumber, LanguageCode language) {
		List<CommitmentView> moved = views.ofRound(Viewer.anonymous(), roundNumber, language).moved();
		if (moved.isEmpty()) {
			return List.of();
		}
		List<String> sentences = new ArrayList<>();
		sentences.add(messages.getMessage("commitments.communique.opening", new Object[] { moved.size() },
				language.locale()));
		for (CommitmentView commitment : moved) {
			CommitmentView.Step step = commitment.stepOf(roundNumber);
			sentences.add(messages.getMessage("commitments.communique." + step.status().name(),
					new Object[] { commitment.title().in(language).text() }, language.locale()));
		}
		return List.of(String.join(" ", sentences));
	}
}
