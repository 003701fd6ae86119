package org.mediationdesk.commitments;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.mediationdesk.shared.Localized;

/**
 * A commitment as a viewer may read it: the steps they may see (a step kept from the public is left out for the
 * public), its status as those steps leave it, the sides' readings each under its side's name, and the actions open
 * to this viewer. {@code makerLabels}: the makers' group names in the reader's language. {@code audience}: the
 * audience's kind ({@code PUBLIC} …) and {@code audienceGroup} its group's name, where it names one.
 */
public record CommitmentView(UUID id, String code, Localized title, Localized text, Makers makers,
		List<String> makerLabels, CommitmentSource source, String audience, String audienceGroup,
		CommitmentStatus status, boolean open, List<Step> steps, List<Reading> readings, Set<CommitmentAction> actions,
		Instant recordedAt) {

	/** A round that discussed it, as the viewer may see it. */
	public record Step(int round, CommitmentStatus status, Localized note, boolean confidential, String sourceLink) {
	}

	/** A side's reading: its group's code and name, its words, when given. */
	public record Reading(String groupCode, String group, String text, Instant givenAt) {
	}

	/** Whether the viewer may take this action now. */
	public boolean offers(String action) {
		return actions.stream().anyMatch(a -> a.name().equals(action));
	}

	/** The rounds that carried it: every round of its steps, in order. */
	public List<Integer> rounds() {
		return steps.stream().map(Step::round).toList();
	}

	/** The status as it stood after a round: that of its last step up to that round; {@code null} before its first. */
	public CommitmentStatus statusAfter(int round) {
		CommitmentStatus found = null;
		for (Step step : steps) {
			if (step.round() <= round) {
				found = step.status();
			}
		}
		return found;
	}

	/** The step of a round, if that round discussed it. */
	public Step stepOf(int round) {
		return steps.stream().filter(step -> step.round() == round).findFirst().orElse(null);
	}

	/** Whether it awaits a side's confirmation. */
	public boolean pendingConfirmation() {
		return status != null && status.pendingConfirmation();
	}
}
