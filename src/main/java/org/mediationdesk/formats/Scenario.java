package org.mediationdesk.formats;

import java.util.List;
import java.util.Map;

import org.mediationdesk.process.Capacity;
import java.util.function.BiPredicate;

/**
 * A question for the solver: the participant groups, their conditions, the format asked about and, for
 * proposals, the venues to consider, the co-chairs' order of preference among kinds, and the parts pinned.
 * Capacities not given are {@code INDIVIDUAL}. The format is described in {@code docs/formats.md}.
 */
public record Scenario(List<String> groups, List<Condition> conditions, Format format, List<String> venues,
		List<FormatKind> preferredKinds, Pins pins) {

	public Scenario {
		groups = groups == null ? List.of() : List.copyOf(groups);
		conditions = conditions == null ? List.of() : List.copyOf(conditions);
		venues = venues == null ? List.of() : List.copyOf(venues);
		preferredKinds = preferredKinds == null || preferredKinds.isEmpty()
				? List.of(FormatKind.WORKING_GROUP, FormatKind.PLENARY, FormatKind.INFORMAL_CONSULTATION,
						FormatKind.PROXIMITY, FormatKind.BILATERAL)
				: List.copyOf(preferredKinds);
		pins = pins == null ? new Pins(false, false, false, false, List.of(), List.of()) : pins;
	}

	/** The same question about another format. */
	public Scenario with(Format other) {
		return new Scenario(groups, conditions, other, venues, preferredKinds, pins);
	}

	/** The same question without some conditions. */
	public Scenario without(List<String> conditionIds) {
		return new Scenario(groups, conditions.stream().filter(c -> !conditionIds.contains(c.id())).toList(), format,
				venues, preferredKinds, pins);
	}

	/** A format: its kind, venue, the groups it aims to seat and their capacities, the documents and the agenda. */
	public record Format(FormatKind kind, String venue, List<String> seated, Map<String, Capacity> capacities,
			List<Document> documents, List<String> agenda) {

		public Format {
			seated = seated == null ? List.of() : List.copyOf(seated);
			capacities = capacities == null ? Map.of() : Map.copyOf(capacities);
			documents = documents == null ? List.of() : List.copyOf(documents);
			agenda = agenda == null ? List.of() : List.copyOf(agenda);
		}

		public Capacity capacity(String group) {
			return capacities.getOrDefault(group, Capacity.INDIVIDUAL);
		}
	}

	/** A document tabled, with its title and its text. */
	public record Document(String title, String text) {

		/**
		 * Whether the document uses a wording, in its title or in its text: a title is tabled as much as the text
		 * under it (in May 2009 the walkout was over the title of a report).
		 *
		 * @param uses whether a passage uses a wording (the terminology check)
		 */
		public boolean uses(BiPredicate<String, String> uses, String term) {
			return uses.test(title, term) || uses.test(text, term);
		}
	}

	/**
	 * A condition stated by a group. Which fields it uses depends on its type (see {@link ConditionType});
	 * the others stay empty.
	 */
	public record Condition(String id, String group, ConditionType type, String other, Capacity whenCapacity,
			List<FormatKind> inKinds, FormatKind kind, Capacity capacity, List<String> groups, String term, String item,
			String venue) {

		public Condition {
			inKinds = inKinds == null ? List.of() : List.copyOf(inKinds);
			groups = groups == null ? List.of() : List.copyOf(groups);
		}
	}

	/**
	 * What a proposal may not change: the kind, the venue, the capacities, the documents tabled, groups that
	 * must be seated, agenda items that must stay.
	 */
	public record Pins(boolean kind, boolean venue, boolean capacities, boolean documents, List<String> seated,
			List<String> agenda) {

		public Pins {
			seated = seated == null ? List.of() : List.copyOf(seated);
			agenda = agenda == null ? List.of() : List.copyOf(agenda);
		}
	}
}
