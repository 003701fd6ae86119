package org.mediationdesk.incidents;

import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Function;

/** The dead, wounded and detained as one source counts them; a count not given is {@code null}. */
public record Casualties(Figures dead, Figures wounded, Figures detained) {

	public static Casualties none() {
		return new Casualties(null, null, null);
	}

	public boolean isEmpty() {
		return dead == null && wounded == null && detained == null;
	}

	/**
	 * The register's figures among several accounts' figures: for each count, the most conservative among those
	 * that give one (as ACLED does: the lowest best estimate, its range kept whole).
	 */
	static Casualties mostConservative(Collection<Casualties> accounts) {
		return new Casualties(lowest(accounts, Casualties::dead), lowest(accounts, Casualties::wounded),
				lowest(accounts, Casualties::detained));
	}

	/** Whether the accounts that give figures give different ones, for any of the three counts. */
	static boolean disputed(Collection<Casualties> accounts) {
		return differ(accounts, Casualties::dead) || differ(accounts, Casualties::wounded)
				|| differ(accounts, Casualties::detained);
	}

	private static Figures lowest(Collection<Casualties> accounts, Function<Casualties, Figures> count) {
		return accounts.stream().map(count).filter(Objects::nonNull)
			.min(Comparator.comparingInt(Figures::best).thenComparingInt(Figures::low)).orElse(null);
	}

	private static boolean differ(Collection<Casualties> accounts, Function<Casualties, Figures> count) {
		return accounts.stream().map(count).filter(Objects::nonNull).distinct().count() > 1;
	}
}
