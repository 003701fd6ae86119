package org.mediationdesk.formats;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;

import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.terminology.Terminology;

/**
 * The format solver's timings in one run: each reference scenario (check with its explanation, and
 * proposals), warm; a table of 57 groups and 300 conditions; and, for 10 to 20 groups, the solver's proposal
 * against enumerating every format (which groups sit, in which kind, all in one capacity) and checking each
 * against the conditions. Run with {@code bench/formats.sh}.
 */
public final class FormatBenchmark {

	private FormatBenchmark() {
	}

	public static void main(String[] args) {
		Terminology terminology = Terminology.of(Terminology.referenceGlossary());
		Map<String, Boolean> cache = new ConcurrentHashMap<>();
		BiPredicate<String, String> uses = (text, term) -> cache.computeIfAbsent(text + "\u0000" + term,
				key -> terminology.uses(text, term));
		FormatSolver solver = new FormatSolver(uses, Duration.ofSeconds(10));
		Phrasing phrasing = new Phrasing(LanguageCode.EN, ParticipantDirectory.referenceLabels(LanguageCode.EN));

		System.out.println("reference scenarios (median of 30 warm runs; target < 20 ms each):");
		for (ReferenceScenarios.Named named : ReferenceScenarios.all()) {
			double check = median(30, () -> solver.check(named.scenario(), phrasing));
			double propose = median(30, () -> solver.propose(named.scenario(), phrasing));
			System.out.printf("  %-22s check with explanation %6.2f ms, proposals %6.2f ms%n", named.id(), check, propose);
		}

		Scenario osce = ScenarioGenerator.generate(57, 300, new Random(57));
		solver.propose(osce, phrasing, 1);
		long start = System.nanoTime();
		FormatSolver.ProposeAnswer best = solver.propose(osce, phrasing, 1);
		double proposeMillis = (System.nanoTime() - start) / 1e6;
		start = System.nanoTime();
		FormatSolver.CheckAnswer conflict = solver.check(osce, phrasing);
		double checkMillis = (System.nanoTime() - start) / 1e6;
		System.out.printf("57 groups, 300 conditions: the best format %.0f ms (complete: %s, seats %d), check with %d minimal"
				+ " conflict(s) %.0f ms; target < 1,000 ms%n", proposeMillis, best.complete(),
				best.formats().isEmpty() ? 0 : best.formats().get(0).attending().size(), conflict.conflicts().size(), checkMillis);

		for (long limit : new long[] { 250, 500, 1000 }) {
			FormatSolver limited = new FormatSolver(uses, Duration.ofMillis(limit));
			FormatSolver.ProposeAnswer within = limited.propose(osce, phrasing, 1);
			System.out.printf("  with a %d ms limit: seats %d, score %d (the proven optimum: %d)%n", limit,
					within.formats().get(0).attending().size(), within.formats().get(0).score(), best.formats().get(0).score());
		}

		System.out.println("solver against enumeration of every format (kind x groups seated; venue, capacities, documents"
				+ " and agenda as asked, for both):");
		for (int n : new int[] { 10, 14, 18, 20 }) {
			Scenario generated = ScenarioGenerator.generate(n, 3 * n, new Random(n));
			Scenario scenario = new Scenario(generated.groups(), generated.conditions(), generated.format(), List.of(),
					null, new Scenario.Pins(false, true, true, true, List.of(), generated.format().agenda()));
			solver.propose(scenario, phrasing);
			start = System.nanoTime();
			FormatSolver.ProposeAnswer answer = solver.propose(scenario, phrasing);
			double solverMillis = (System.nanoTime() - start) / 1e6;
			start = System.nanoTime();
			int enumerated = enumerate(solver, scenario);
			double enumerationMillis = (System.nanoTime() - start) / 1e6;
			System.out.printf("  N=%d: solver %.1f ms (seats %d), enumeration %.0f ms (seats %d), enumeration / solver = %.0fx%s%n", n,
					solverMillis, answer.formats().get(0).attending().size(), enumerationMillis, enumerated,
					enumerationMillis / solverMillis, n == 20 ? " (target >= 100x)" : "");
		}
	}

	/** The most groups any format seats (any kind, any groups, as asked otherwise), found by trying them all. */
	static int enumerate(FormatSolver solver, Scenario scenario) {
		List<String> groups = scenario.format().seated();
		int best = 0;
		for (FormatKind kind : FormatKind.values()) {
			{
				Scenario.Format format = new Scenario.Format(kind, scenario.format().venue(), groups,
						scenario.format().capacities(), scenario.format().documents(), scenario.format().agenda());
				for (int mask = (1 << groups.size()) - 1; mask > 0; mask--) {
					int size = Integer.bitCount(mask);
					if (size <= best || kind == FormatKind.BILATERAL && size > 2) {
						continue;
					}
					Set<String> present = new HashSet<>();
					for (int g = 0; g < groups.size(); g++) {
						if ((mask & 1 << g) != 0) {
							present.add(groups.get(g));
						}
					}
					boolean works = true;
					for (Scenario.Condition condition : scenario.conditions()) {
						if (present.contains(condition.group()) && !solver.holds(condition, present, format)) {
							works = false;
							break;
						}
					}
					if (works) {
						best = size;
					}
				}
			}
		}
		return best;
	}

	interface Run {
		Object run();
	}

	private static double median(int runs, Run run) {
		for (int i = 0; i < 10; i++) {
			run.run();
		}
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			run.run();
			times.add((System.nanoTime() - start) / 1e6);
		}
		times.sort(Double::compare);
		return times.get(times.size() / 2);
	}
}
