package org.mediationdesk.formats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

import org.chocosolver.solver.Model;
import org.chocosolver.solver.Solution;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.constraints.Constraint;
import org.chocosolver.solver.search.strategy.Search;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;
import org.mediationdesk.formats.FormatSolver.Proposal;
import org.mediationdesk.process.Capacity;

/**
 * The scenario as a Choco model: whether each group the format aims to seat attends, and, for proposals,
 * the parts of the format that may change. Each condition that can matter is one constraint, so that
 * QuickXplain can name it. To explain a clash, each condition is taken with its own group present (a
 * condition of an absent group clashes with nothing), and each seated group that states no condition is
 * present as the format asks.
 */
final class ScenarioEncoding {

	/** A group's capacity as the model sees it: as a delegation, or individually. */
	private static final int DELEGATION = 0;
	private static final int INDIVIDUAL = 1;

	final Model model = new Model();
	/** The constraint of each condition that can matter, for naming the conditions of a conflict. */
	final Map<Constraint, Scenario.Condition> byCondition = new LinkedHashMap<>();
	/** The constraint that a seated group is present, when explaining a clash. */
	final Map<Constraint, String> byPresence = new LinkedHashMap<>();
	private final Scenario scenario;
	private final BiPredicate<String, String> documentUses;
	private final List<String> seated;
	private final Map<String, BoolVar> attend = new LinkedHashMap<>();
	private final Map<String, IntVar> capacity = new HashMap<>();
	private final IntVar kind;
	private final IntVar venue;
	private final List<String> venues;
	private final Map<String, BoolVar> agendaIn = new LinkedHashMap<>();
	private final List<BoolVar> documentIn = new ArrayList<>();
	private final List<BoolVar> changes = new ArrayList<>();
	private IntVar score;

	/**
	 * @param open whether the parts of the format that are not pinned may change (a proposal) or stay as asked
	 *     (a check)
	 * @param explaining whether each seated group's presence is a constraint of its own, for QuickXplain
	 * @param documentUses whether a passage (a document's title or text) uses a wording (the terminology check)
	 */
	ScenarioEncoding(Scenario scenario, boolean open, boolean explaining, BiPredicate<String, String> documentUses) {
		this.scenario = scenario;
		this.documentUses = documentUses;
		Scenario.Format format = scenario.format();
		this.seated = format.seated();
		seats(format, open);
		this.venues = venues(format, open);
		this.venue = open ? model.intVar("venue", 0, venues.size() - 1) : model.intVar(0);
		int askedKind = format.kind().ordinal();
		this.kind = open && !scenario.pins().kind() ? model.intVar("kind", 0, FormatKind.values().length - 1)
				: model.intVar(askedKind);
		for (String item : format.agenda()) {
			agendaIn.put(item, open && !scenario.pins().agenda().contains(item) ? model.boolVar("item " + item) : model.boolVar(true));
		}
		for (int d = 0; d < format.documents().size(); d++) {
			documentIn.add(open && !scenario.pins().documents() ? model.boolVar("document " + d) : model.boolVar(true));
		}
		if (open) {
			formatRules(format);
		}
		for (Scenario.Condition condition : scenario.conditions()) {
			List<Constraint> parts = parts(condition);
			if (parts.isEmpty()) {
				continue;
			}
			Constraint constraint = parts.size() == 1 ? parts.get(0) : model.and(parts.toArray(Constraint[]::new));
			constraint.post();
			byCondition.put(constraint, condition);
		}
		if (explaining) {
			presences();
		}
	}

	/** Whether each seated group attends, and in which capacity: as asked, or open when capacities may change. */
	private void seats(Scenario.Format format, boolean open) {
		for (String group : seated) {
			attend.put(group, model.boolVar("attend " + group));
			int asked = format.capacity(group) == Capacity.DELEGATION ? DELEGATION : INDIVIDUAL;
			capacity.put(group, open && !scenario.pins().capacities() ? model.intVar("capacity " + group, DELEGATION, INDIVIDUAL)
					: model.intVar(asked));
		}
	}

	/** The places the meeting may be held: the one asked first, then (when the venue may change) the scenario's others. */
	private List<String> venues(Scenario.Format format, boolean open) {
		List<String> places = new ArrayList<>();
		places.add(format.venue() == null ? "" : format.venue());
		if (open && !scenario.pins().venue()) {
			for (String place : scenario.venues()) {
				if (place != null && !place.isBlank() && indexOfIgnoringCase(places, place) < 0) {
					places.add(place);
				}
			}
		}
		return List.copyOf(places);
	}

	/** What holds of any format proposed: a bilateral seats two, pinned groups attend, absentees keep their capacity. */
	private void formatRules(Scenario.Format format) {
		// a bilateral meeting seats two
		model.or(model.arithm(kind, "!=", FormatKind.BILATERAL.ordinal()),
				model.sum(attend.values().toArray(BoolVar[]::new), "=", 2)).post();
		for (String group : scenario.pins().seated()) {
			if (attend.containsKey(group)) {
				model.arithm(attend.get(group), "=", 1).post();
			}
		}
		for (String group : seated) {
			// the capacity of a group that does not come stays as asked, so that proposals differ in substance
			int asked = format.capacity(group) == Capacity.DELEGATION ? DELEGATION : INDIVIDUAL;
			model.or(model.arithm(attend.get(group), "=", 1), model.arithm(capacity.get(group), "=", asked)).post();
		}
	}

	/**
	 * Every seated group present, those that state conditions first, so that QuickXplain prefers a conflict between
	 * conditions to one that needs a mere seat.
	 */
	private void presences() {
		List<String> order = new ArrayList<>();
		scenario.conditions().forEach(condition -> {
			if (attend.containsKey(condition.group()) && !order.contains(condition.group())) {
				order.add(condition.group());
			}
		});
		seated.stream().filter(group -> !order.contains(group)).forEach(order::add);
		for (String group : order) {
			Constraint present = model.arithm(attend.get(group), "=", 1);
			present.post();
			byPresence.put(present, group);
		}
	}

	/** The condition as constraints that must all hold; none if it cannot matter for this format. */
	private List<Constraint> parts(Scenario.Condition condition) {
		BoolVar who = attend.get(condition.group());
		if (who == null) {
			return List.of();
		}
		// built only where used: Choco warns of a constraint that is neither posted nor part of another
		Supplier<Constraint> away = () -> model.arithm(who, "=", 0);
		return switch (condition.type()) {
			case REQUIRES_PRESENCE -> attend.containsKey(condition.other())
					? List.of(model.arithm(who, "<=", attend.get(condition.other()))) : List.of(away.get());
			case REFUSES_PRESENCE -> refusedPresence(condition, away);
			case REFUSES_KIND -> List.of(model.or(away.get(), model.arithm(kind, "!=", condition.kind().ordinal())));
			case REQUIRES_OWN_CAPACITY -> List.of(model.or(away.get(),
					model.arithm(capacity.get(condition.group()), "=", code(condition.capacity()))));
			case REQUIRES_EQUAL_CAPACITY -> equalCapacity(condition, away);
			case REFUSES_DOCUMENT_TERM -> withdrawnDocuments(condition, away);
			case REQUIRES_AGENDA_EXCLUDES -> agendaIn.containsKey(condition.item())
					? List.of(model.or(away.get(), model.arithm(agendaIn.get(condition.item()), "=", 0))) : List.of();
			case REFUSES_VENUE -> {
				int place = indexOfIgnoringCase(venues, condition.venue());
				yield place < 0 ? List.of() : List.of(model.or(away.get(), model.arithm(venue, "!=", place)));
			}
		};
	}

	/**
	 * A group that will not sit with another: it stays away, or the other does, or the meeting is in proximity, or in
	 * a kind or a capacity of the other that the condition does not name.
	 */
	private List<Constraint> refusedPresence(Scenario.Condition condition, Supplier<Constraint> away) {
		if (!attend.containsKey(condition.other())) {
			return List.of();
		}
		List<Constraint> escapes = new ArrayList<>(List.of(away.get(), model.arithm(attend.get(condition.other()), "=", 0),
				model.arithm(kind, "=", FormatKind.PROXIMITY.ordinal())));
		if (!condition.inKinds().isEmpty()) {
			escapes.add(model.notMember(kind, condition.inKinds().stream().mapToInt(Enum::ordinal).toArray()));
		}
		if (condition.whenCapacity() != null) {
			escapes.add(model.arithm(capacity.get(condition.other()), "!=", code(condition.whenCapacity())));
		}
		return List.of(model.or(escapes.toArray(Constraint[]::new)));
	}

	/** Groups that sit only in the same capacity: no two of them present, some as delegations and some individually. */
	private List<Constraint> equalCapacity(Scenario.Condition condition, Supplier<Constraint> away) {
		List<String> listed = condition.groups().stream().filter(attend::containsKey).distinct().toList();
		if (listed.size() < 2) {
			return List.of();
		}
		BoolVar[] asDelegation = new BoolVar[listed.size()];
		BoolVar[] individually = new BoolVar[listed.size()];
		for (int i = 0; i < listed.size(); i++) {
			IntVar sits = capacity.get(listed.get(i));
			BoolVar there = attend.get(listed.get(i));
			asDelegation[i] = model.and(there, model.arithm(sits, "=", DELEGATION).reify()).reify();
			individually[i] = model.and(there, model.arithm(sits, "=", INDIVIDUAL).reify()).reify();
		}
		return List.of(model.or(away.get(), model.sum(asDelegation, "=", 0), model.sum(individually, "=", 0)));
	}

	/** A group that refuses a term: it stays away, or each document that uses the term is withdrawn. */
	private List<Constraint> withdrawnDocuments(Scenario.Condition condition, Supplier<Constraint> away) {
		Scenario.Format format = scenario.format();
		List<Constraint> withdrawn = new ArrayList<>();
		for (int d = 0; d < format.documents().size(); d++) {
			if (format.documents().get(d).uses(documentUses, condition.term())) {
				withdrawn.add(model.or(away.get(), model.arithm(documentIn.get(d), "=", 0)));
			}
		}
		return withdrawn;
	}

	void maximizeAttendance() {
		IntVar count = model.intVar("attending", 0, seated.size());
		model.sum(attend.values().toArray(BoolVar[]::new), "=", count).post();
		score = count;
		model.setObjective(Model.MAXIMIZE, count);
		model.getSolver()
			.setSearch(Search.lastConflict(Search.sequencer(Search.inputOrderUBSearch(attend.values().toArray(BoolVar[]::new)),
					Search.domOverWDegSearch(model.retrieveIntVars(true)))));
	}

	/** 1000 per group seated, minus 100 per step down the preferred kinds, minus one per change. */
	void maximizeScore() {
		Scenario.Format format = scenario.format();
		int[] rank = new int[FormatKind.values().length];
		for (FormatKind candidate : FormatKind.values()) {
			int at = scenario.preferredKinds().indexOf(candidate);
			rank[candidate.ordinal()] = at < 0 ? scenario.preferredKinds().size() : at;
		}
		IntVar kindRank = model.intVar("kind rank", 0, FormatKind.values().length);
		model.element(kindRank, rank, kind).post();
		changes.add(model.arithm(kind, "!=", format.kind().ordinal()).reify());
		changes.add(model.arithm(venue, "!=", 0).reify());
		for (String group : seated) {
			int asked = format.capacity(group) == Capacity.DELEGATION ? DELEGATION : INDIVIDUAL;
			changes.add(model.arithm(capacity.get(group), "!=", asked).reify());
		}
		agendaIn.values().forEach(in -> changes.add(in.not()));
		documentIn.forEach(in -> changes.add(in.not()));
		List<IntVar> terms = new ArrayList<>(attend.values());
		List<Integer> weights = new ArrayList<>();
		attend.values().forEach(a -> weights.add(1000));
		terms.add(kindRank);
		weights.add(-100);
		terms.addAll(changes);
		changes.forEach(c -> weights.add(-1));
		int bound = 1000 * (seated.size() + 1) + 100 * FormatKind.values().length + changes.size();
		score = model.intVar("score", -bound, bound);
		model.scalar(terms.toArray(IntVar[]::new), weights.stream().mapToInt(Integer::intValue).toArray(), "=", score).post();
		model.setObjective(Model.MAXIMIZE, score);
		// seat first, then decide the rest: good formats come early, and the bound prunes the others
		model.getSolver()
			.setSearch(Search.lastConflict(Search.sequencer(Search.inputOrderUBSearch(attend.values().toArray(BoolVar[]::new)),
					Search.domOverWDegSearch(model.retrieveIntVars(true)))));
	}

	/** The best solution found before the deadline (proven optimal unless the search was stopped). */
	Solution solveBest(long deadline) {
		Solver solver = model.getSolver();
		long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
		solver.limitTime(left);
		Solution best = null;
		while (solver.solve()) {
			best = new Solution(model).record();
		}
		return best;
	}

	List<String> attending(Solution solution) {
		return seated.stream().filter(group -> solution.getIntVal(attend.get(group)) == 1).toList();
	}

	/**
	 * Excludes this format from the next proposals, and with it the same format with other capacities: a
	 * proposal must differ in its kind, venue, groups seated, agenda or documents.
	 */
	void exclude(Solution solution) {
		List<Constraint> differs = new ArrayList<>();
		differs.add(model.arithm(kind, "!=", solution.getIntVal(kind)));
		differs.add(model.arithm(venue, "!=", solution.getIntVal(venue)));
		for (String group : seated) {
			differs.add(model.arithm(attend.get(group), "!=", solution.getIntVal(attend.get(group))));
		}
		agendaIn.values().forEach(in -> differs.add(model.arithm(in, "!=", solution.getIntVal(in))));
		documentIn.forEach(in -> differs.add(model.arithm(in, "!=", solution.getIntVal(in))));
		model.or(differs.toArray(Constraint[]::new)).post();
	}

	Proposal proposal(Solution solution, Phrasing phrasing) {
		Scenario.Format asked = scenario.format();
		List<String> attending = attending(solution);
		FormatKind chosenKind = FormatKind.values()[solution.getIntVal(kind)];
		String chosenVenue = venues.get(solution.getIntVal(venue));
		Map<String, Capacity> capacities = new LinkedHashMap<>();
		for (String group : attending) {
			capacities.put(group, solution.getIntVal(capacity.get(group)) == DELEGATION ? Capacity.DELEGATION
					: Capacity.INDIVIDUAL);
		}
		List<String> agenda = agendaIn.entrySet()
			.stream()
			.filter(item -> solution.getIntVal(item.getValue()) == 1)
			.map(Map.Entry::getKey)
			.toList();
		List<Scenario.Document> documents = new ArrayList<>();
		for (int d = 0; d < asked.documents().size(); d++) {
			if (solution.getIntVal(documentIn.get(d)) == 1) {
				documents.add(asked.documents().get(d));
			}
		}
		Scenario.Format format = new Scenario.Format(chosenKind, chosenVenue.isEmpty() ? null : chosenVenue, attending,
				capacities, documents, agenda);
		List<String> changed = new ArrayList<>();
		if (chosenKind != asked.kind()) {
			changed.add(phrasing.message("formats.change.kind", phrasing.aKind(asked.kind()), phrasing.aKind(chosenKind)));
		}
		if (!chosenVenue.equals(asked.venue() == null ? "" : asked.venue())) {
			changed.add(asked.venue() == null ? phrasing.message("formats.change.venueNew", chosenVenue)
					: phrasing.message("formats.change.venue", asked.venue(), chosenVenue));
		}
		for (String group : attending) {
			if (capacities.get(group) != asked.capacity(group)) {
				changed.add(phrasing.message("formats.change.capacity", phrasing.label(group),
						phrasing.capacity(capacities.get(group))));
			}
		}
		for (String item : asked.agenda()) {
			if (!agenda.contains(item)) {
				changed.add(phrasing.message("formats.change.item", item));
			}
		}
		for (Scenario.Document document : asked.documents()) {
			if (!documents.contains(document)) {
				changed.add(phrasing.message("formats.change.document", document.title()));
			}
		}
		List<String> absent = seated.stream().filter(group -> !attending.contains(group)).toList();
		String explanation = absent.isEmpty() ? phrasing.message("formats.proposal.everyone")
				: phrasing.message("formats.proposal.without", String.join(", ", absent.stream().map(phrasing::label).toList()));
		return new Proposal(format, attending, solution.getIntVal(score), changed, explanation);
	}

	private static int code(Capacity capacity) {
		return capacity == Capacity.DELEGATION ? DELEGATION : INDIVIDUAL;
	}

	private static int indexOfIgnoringCase(List<String> values, String wanted) {
		for (int i = 0; i < values.size(); i++) {
			if (values.get(i).equalsIgnoreCase(wanted)) {
				return i;
			}
		}
		return -1;
	}

}
