package org.mediationdesk.incidents;

import org.mediationdesk.shared.DeskException;

/**
 * A count as a source gives it (after UCDP GED): the lowest, the best and the highest estimate, each a whole
 * number from 0, with low ≤ best ≤ high. A figure a source does not give is {@code null} as a whole.
 */
public record Figures(int low, int best, int high) {

	public Figures {
		if (low < 0 || best < 0 || high < 0) {
			throw new DeskException.Invalid("incidents.figuresNegative");
		}
		if (low > best || best > high) {
			throw new DeskException.Invalid("incidents.figuresOrder", low, best, high);
		}
	}

	public static Figures exactly(int count) {
		return new Figures(count, count, count);
	}

	/** Whether the source gives a range rather than one number. */
	public boolean ranged() {
		return low != high;
	}
}
