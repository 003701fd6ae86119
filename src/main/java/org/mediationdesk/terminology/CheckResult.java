package org.mediationdesk.terminology;

import java.util.List;
import java.util.Map;

import org.mediationdesk.shared.LanguageCode;

/**
 * What the check of a text found.
 *
 * @param passed for a mediator's text, whether it has no blocker in its own wording; other kinds always pass
 * @param blockers how many blockers stand outside quotations
 * @param warnings how many warnings stand outside quotations
 * @param total how many forms were found in all (the list keeps the first {@link Linter#MAX_FINDINGS})
 * @param perspective the share of the findings (outside quotations) that each perspective's vocabulary has
 */
public record CheckResult(LanguageCode language, TextKind kind, boolean passed, int blockers, int warnings, int total,
		List<Finding> findings, Map<Perspective, Double> perspective) {

	/** Whether some findings were counted but not listed. */
	public boolean truncated() {
		return findings.size() < total;
	}

	/** The perspectives whose vocabulary the text mostly uses, strongest first (those with a share of 25% or more). */
	public List<Perspective> readsAs() {
		return perspective.entrySet()
			.stream()
			.filter(share -> share.getValue() >= 0.25)
			.sorted(Map.Entry.<Perspective, Double>comparingByValue().reversed())
			.map(Map.Entry::getKey)
			.toList();
	}
}
