package org.mediationdesk.formats;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import org.chocosolver.solver.Solution;
import org.chocosolver.solver.constraints.Constraint;

/**
 * Answers the co-chairs' three questions about a format with Choco-solver: will everyone it aims to seat
 * attend, and if not, which conditions clash (a minimal conflict, by QuickXplain); which formats seat the
 * most groups; and who leaves after whom once something changes. Plain Java: the command line uses it
 * without the application. The Choco model of a scenario is {@link ScenarioEncoding}; the cascade needs no
 * model, only {@link #holds}.
 */
public final class FormatSolver {

	/**
	 * The id in a conflict of the format's aim to seat a group ({@code seated:AB}): a conflict is a set of
	 * conditions and seats that cannot all hold.
	 */
	public static final String SEATED = "seated:";
	/** How many conflicts a check reports at most, each disjoint from the others. */
	static final int MAX_CONFLICTS = 3;
	/** How many formats a proposal gives at most. */
	static final int MAX_PROPOSALS = 3;

	private final BiPredicate<String, String> documentUses;
	private final Duration timeLimit;

	/**
	 * @param documentUses whether a passage (a document's title or text) uses a wording (the terminology check)
	 * @param timeLimit how long one answer may search; past it, the best found so far is given as incomplete
	 */
	public FormatSolver(BiPredicate<String, String> documentUses, Duration timeLimit) {
		this.documentUses = documentUses;
		this.timeLimit = timeLimit;
	}

	/** The verdict on a format. */
	public record CheckAnswer(boolean feasible, List<String> attending, List<String> absent, List<Conflict> conflicts,
			boolean complete) {
	}

	/** A smallest set of conditions that cannot all hold while everyone the format aims to seat attends. */
	public record Conflict(List<String> conditions, String explanation) {
	}

	/** A proposed format, what it changes from the one asked about, and why it works. */
	public record Proposal(Scenario.Format format, List<String> attending, int score, List<String> changes,
			String explanation) {
	}

	public record ProposeAnswer(List<Proposal> formats, boolean complete) {
	}

	/** A group that leaves, at which step, because of which of its conditions. */
	public record Departure(String group, String because, int step) {
	}

	public record CascadeAnswer(List<Departure> leaves, List<String> remaining) {
	}

	/** What sets a cascade off: a group leaves, a document is tabled, or an item is added to the agenda. */
	public record Event(String leaves, Scenario.Document tabled, String added) {
	}

	/**
	 * Checks a format: who attends (as many as the conditions allow), and, if not everyone it aims to seat
	 * can, up to {@link #MAX_CONFLICTS} disjoint minimal conflicts in plain words.
	 */
	public CheckAnswer check(Scenario scenario, Phrasing phrasing) {
		ScenarioCheck.require(scenario);
		long deadline = System.nanoTime() + timeLimit.toNanos();
		ScenarioEncoding attendance = new ScenarioEncoding(scenario, false, false, documentUses);
		attendance.maximizeAttendance();
		Solution best = attendance.solveBest(deadline);
		boolean complete = !attendance.model.getSolver().isStopCriterionMet();
		// (set to false below if the search for conflicts stops at the deadline)
		List<String> attending = best == null ? List.of() : attendance.attending(best);
		List<String> seated = scenario.format().seated();
		List<String> absent = seated.stream().filter(group -> !attending.contains(group)).toList();
		List<Conflict> conflicts = new ArrayList<>();
		if (!absent.isEmpty()) {
			Scenario remaining = scenario;
			while (conflicts.size() < MAX_CONFLICTS) {
				if (System.nanoTime() >= deadline) {
					complete = false;
					break;
				}
				ScenarioEncoding clash = new ScenarioEncoding(remaining, false, true, documentUses);
				List<Constraint> soft = new ArrayList<>(clash.byCondition.keySet());
				soft.addAll(clash.byPresence.keySet());
				List<Constraint> core = clash.model.getSolver().findMinimumConflictingSet(soft);
				if (core.isEmpty()) {
					break;
				}
				List<Scenario.Condition> conditions = core.stream()
					.filter(clash.byCondition::containsKey)
					.map(clash.byCondition::get)
					.sorted(Comparator.comparing(condition -> scenario.conditions().indexOf(condition)))
					.toList();
				List<String> seats = core.stream()
					.filter(clash.byPresence::containsKey)
					.map(clash.byPresence::get)
					.sorted(Comparator.comparing(group -> scenario.groups().indexOf(group)))
					.toList();
				List<String> ids = new ArrayList<>(conditions.stream().map(Scenario.Condition::id).toList());
				seats.forEach(group -> ids.add(SEATED + group));
				// in words, a group whose condition is in the conflict is there by that condition's own words
				List<String> unstated = seats.stream()
					.filter(group -> conditions.stream().noneMatch(condition -> condition.group().equals(group)))
					.toList();
				conflicts.add(new Conflict(ids, phrasing.conflict(conditions, unstated)));
				if (conditions.isEmpty()) {
					break;
				}
				remaining = remaining.without(conditions.stream().map(Scenario.Condition::id).toList());
			}
		}
		return new CheckAnswer(absent.isEmpty(), attending, absent, conflicts, complete);
	}

	/**
	 * The most inclusive formats that satisfy every condition, best first: most groups seated, then the
	 * co-chairs' preferred kind, then fewest changes from the format asked about. Pinned parts do not change.
	 */
	public ProposeAnswer propose(Scenario scenario, Phrasing phrasing) {
		return propose(scenario, phrasing, MAX_PROPOSALS);
	}

	/** As {@link #propose(Scenario, Phrasing)}, giving at most {@code count} formats. */
	public ProposeAnswer propose(Scenario scenario, Phrasing phrasing, int count) {
		ScenarioCheck.require(scenario);
		long deadline = System.nanoTime() + timeLimit.toNanos();
		ScenarioEncoding encoding = new ScenarioEncoding(scenario, true, false, documentUses);
		encoding.maximizeScore();
		List<Proposal> proposals = new ArrayList<>();
		boolean complete = true;
		while (proposals.size() < count && System.nanoTime() < deadline) {
			Solution best = encoding.solveBest(deadline);
			complete &= !encoding.model.getSolver().isStopCriterionMet();
			if (best == null) {
				break;
			}
			proposals.add(encoding.proposal(best, phrasing));
			encoding.model.getSolver().reset();
			encoding.exclude(best);
		}
		return new ProposeAnswer(proposals, complete);
	}

	/**
	 * Who leaves after an event, step by step: at each step, every group one of whose conditions no longer
	 * holds leaves, naming the first such condition. Starts from those who attend the format.
	 */
	public CascadeAnswer cascade(Scenario scenario, Event event, Phrasing phrasing) {
		ScenarioCheck.require(scenario);
		Scenario.Format format = scenario.format();
		Set<String> present = new LinkedHashSet<>(check(scenario, phrasing).attending());
		if (event.leaves() != null) {
			if (!scenario.groups().contains(event.leaves())) {
				throw new ScenarioRejected(List.of("leaves: unknown group \"" + event.leaves() + "\""));
			}
			present.remove(event.leaves());
		}
		if (event.tabled() != null) {
			List<Scenario.Document> documents = new ArrayList<>(format.documents());
			documents.add(event.tabled());
			format = new Scenario.Format(format.kind(), format.venue(), format.seated(), format.capacities(), documents,
					format.agenda());
		}
		if (event.added() != null && !format.agenda().contains(event.added())) {
			List<String> agenda = new ArrayList<>(format.agenda());
			agenda.add(event.added());
			format = new Scenario.Format(format.kind(), format.venue(), format.seated(), format.capacities(),
					format.documents(), agenda);
		}
		List<Departure> leaves = new ArrayList<>();
		for (int step = 1;; step++) {
			Map<String, String> leaving = new LinkedHashMap<>();
			for (String group : present) {
				for (Scenario.Condition condition : scenario.conditions()) {
					if (condition.group().equals(group) && !holds(condition, present, format)) {
						leaving.put(group, condition.id());
						break;
					}
				}
			}
			if (leaving.isEmpty()) {
				break;
			}
			for (Map.Entry<String, String> left : leaving.entrySet()) {
				leaves.add(new Departure(left.getKey(), left.getValue(), step));
				present.remove(left.getKey());
			}
		}
		return new CascadeAnswer(leaves, List.copyOf(present));
	}

	/** Whether a condition of a present group holds, given who is present and the format. */
	boolean holds(Scenario.Condition condition, Set<String> present, Scenario.Format format) {
		return switch (condition.type()) {
			case REQUIRES_PRESENCE -> present.contains(condition.other());
			case REFUSES_PRESENCE -> !present.contains(condition.other()) || format.kind() == FormatKind.PROXIMITY
					|| !condition.inKinds().isEmpty() && !condition.inKinds().contains(format.kind())
					|| condition.whenCapacity() != null && format.capacity(condition.other()) != condition.whenCapacity();
			case REFUSES_KIND -> format.kind() != condition.kind();
			case REQUIRES_OWN_CAPACITY -> format.capacity(condition.group()) == condition.capacity();
			case REQUIRES_EQUAL_CAPACITY -> condition.groups()
				.stream()
				.filter(present::contains)
				.map(format::capacity)
				.distinct()
				.count() <= 1;
			case REFUSES_DOCUMENT_TERM -> format.documents()
				.stream()
				.noneMatch(document -> document.uses(documentUses, condition.term()));
			case REQUIRES_AGENDA_EXCLUDES -> !format.agenda().contains(condition.item());
			case REFUSES_VENUE -> !condition.venue().equalsIgnoreCase(String.valueOf(format.venue()));
		};
	}

}
