package org.mediationdesk.terminology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.stereotype.Service;

/**
 * The gate that every module with mediator-authored text passes before it circulates or publishes: the
 * negotiating texts before a revision goes out, the communiqués before they are approved. A module hands in
 * the passages of the mediators' own wording, each with where it stands; the gate answers with every blocker,
 * its neutral form and its place, so that the refusal can say exactly which passage to change. Quotations and
 * the participants' own wordings are not the mediators' words: a module does not hand them in.
 */
@Service
public class TerminologyGate {

	private final TerminologyCheck check;

	TerminologyGate(TerminologyCheck check) {
		this.check = check;
	}

	/**
	 * Where a passage stands in its document.
	 *
	 * @param part the part of the document: {@code title}, {@code chapeau}, {@code wording}, or a module's own
	 *        part (a communiqué's paragraph)
	 * @param provision the provision's id, for a wording of a negotiating text; {@code null} otherwise
	 * @param provisionNumber the provision's number as readers see it (from 1), or 0
	 * @param wording the wording's number within its provision (from 1), or 0
	 */
	public record Place(String part, String provision, int provisionNumber, int wording) {

		public static Place of(String part) {
			return new Place(part, null, 0, 0);
		}
	}

	/** A passage of the mediators' own wording, in one language, and where it stands. */
	public record Passage(Place place, LanguageCode language, String text) {
	}

	/** A blocker in a passage: where, in which language, what was found and its neutral form. */
	public record Blocker(Place place, LanguageCode language, Finding finding) {
	}

	/** Every blocker in the passages, in their order; a passage without text is skipped. */
	public List<Blocker> blockers(List<Passage> passages) {
		List<Blocker> blockers = new ArrayList<>();
		for (Passage passage : passages) {
			if (passage.text() == null || passage.text().isBlank()) {
				continue;
			}
			check.check(passage.text(), passage.language(), TextKind.MEDIATOR)
				.findings()
				.stream()
				.filter(Finding::blocks)
				.forEach(finding -> blockers.add(new Blocker(passage.place(), passage.language(), finding)));
		}
		return blockers;
	}

	/** Refuses, naming every blocker and its place, unless the passages have none. */
	public void requireNeutral(List<Passage> passages) {
		List<Blocker> blockers = blockers(passages);
		if (!blockers.isEmpty()) {
			throw new Refused(blockers);
		}
	}

	/** Mediator-authored text that takes a side: why it cannot go out. */
	public static class Refused extends DeskException.Conflict {

		private final transient List<Blocker> blockers;

		Refused(List<Blocker> blockers) {
			super("terminology.gateRefused", blockers.size());
			this.blockers = List.copyOf(blockers);
		}

		public List<Blocker> blockers() {
			return blockers;
		}

		@Override
		public Map<String, Object> properties() {
			return Map.of("blockers", blockers);
		}
	}
}
