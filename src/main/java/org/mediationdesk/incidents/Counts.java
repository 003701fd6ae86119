package org.mediationdesk.incidents;

import org.mediationdesk.shared.DeskException;

/**
 * Casualty figures as a form or the API sends them, before they are checked: for the dead, the wounded and the
 * detained, each {low, best, high}; a count left out is not given. {@link #checked()} refuses what is wrong and says
 * what to do.
 */
public record Counts(Count dead, Count wounded, Count detained) {

	/** One count as sent; a missing low or high is the best estimate. */
	public record Count(Integer low, Integer best, Integer high) {

		Figures checked(String which) {
			if (low == null && best == null && high == null) {
				return null;
			}
			if (best == null) {
				throw new DeskException.Invalid("incidents.bestRequired", which);
			}
			int lowest = low == null ? best : low;
			int highest = high == null ? best : high;
			if (lowest < 0 || best < 0 || highest < 0 || lowest > 100_000 || highest > 100_000) {
				throw new DeskException.Invalid("incidents.figuresNegative");
			}
			if (lowest > best || best > highest) {
				throw new DeskException.Invalid("incidents.figuresOrder", lowest, best, highest);
			}
			return new Figures(lowest, best, highest);
		}
	}

	Casualties checked() {
		return new Casualties(dead == null ? null : dead.checked("dead"),
				wounded == null ? null : wounded.checked("wounded"), detained == null ? null : detained.checked("detained"));
	}

	static Casualties checked(Counts counts) {
		return counts == null ? Casualties.none() : counts.checked();
	}
}
