package org.mediationdesk.formats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refuses a scenario that the solver cannot take: unknown groups, conditions without the fields their type
 * needs, conditions about the group itself, duplicate or contradictory conditions, or too large a table.
 */
final class ScenarioCheck {

	static final int MAX_GROUPS = 200;
	static final int MAX_CONDITIONS = 5000;
	static final int MAX_DOCUMENTS = 20;
	static final int MAX_DOCUMENT_TEXT = 200_000;
	/** A title is read by the terminology check like the text, so it is bounded too. */
	static final int MAX_DOCUMENT_TITLE = 2_000;

	private ScenarioCheck() {
	}

	static void require(Scenario scenario) {
		List<String> problems = new ArrayList<>();
		Set<String> groups = groups(scenario.groups(), problems);
		if (scenario.conditions().size() > MAX_CONDITIONS) {
			problems.add("conditions: at most " + MAX_CONDITIONS + " conditions");
		}
		if (scenario.format() == null) {
			problems.add("format: required");
		}
		else {
			format(scenario.format(), scenario.pins(), groups, problems);
		}
		knownGroups("pins.seated", scenario.pins().seated(), groups, problems);
		conditions(scenario.conditions(), groups, problems);
		contradictions(scenario.conditions(), problems);
		if (!problems.isEmpty()) {
			throw new ScenarioRejected(problems);
		}
	}

	/** The scenario's groups, each named once: at least one, at most {@link #MAX_GROUPS}. */
	private static Set<String> groups(List<String> codes, List<String> problems) {
		Set<String> groups = new HashSet<>();
		for (int i = 0; i < codes.size(); i++) {
			String group = codes.get(i);
			if (group == null || group.isBlank()) {
				problems.add("groups[" + i + "]: a group code is required");
			}
			else if (!groups.add(group)) {
				problems.add("groups[" + i + "]: \"" + group + "\" appears more than once");
			}
		}
		if (groups.isEmpty()) {
			problems.add("groups: name at least one participant group");
		}
		if (groups.size() > MAX_GROUPS) {
			problems.add("groups: at most " + MAX_GROUPS + " groups");
		}
		return groups;
	}

	/**
	 * The format asked about: its kind, the groups it seats (known, each once, every pinned group among them, two
	 * for a bilateral meeting), its documents within bounds and its capacities for known groups.
	 */
	private static void format(Scenario.Format format, Scenario.Pins pins, Set<String> groups, List<String> problems) {
		if (format.kind() == null) {
			problems.add("format.kind: one of " + List.of(FormatKind.values()));
		}
		knownGroups("format.seated", format.seated(), groups, problems);
		if (format.seated().isEmpty()) {
			problems.add("format.seated: seat at least one group");
		}
		if (format.seated().size() != new HashSet<>(format.seated()).size()) {
			problems.add("format.seated: each group once");
		}
		for (String pinned : pins.seated()) {
			if (!format.seated().contains(pinned)) {
				problems.add("pins.seated: \"" + pinned + "\" must be seated, but the format does not seat it");
			}
		}
		documents(format.documents(), problems);
		knownGroups("format.capacities", List.copyOf(format.capacities().keySet()), groups, problems);
		if (format.kind() == FormatKind.BILATERAL && format.seated().size() != 2) {
			problems.add("format.seated: a bilateral meeting seats two groups");
		}
	}

	/** The documents before the meeting, read by the terminology check: a bounded number, each with a bounded text. */
	private static void documents(List<Scenario.Document> documents, List<String> problems) {
		if (documents.size() > MAX_DOCUMENTS) {
			problems.add("format.documents: at most " + MAX_DOCUMENTS + " documents");
		}
		for (int d = 0; d < documents.size(); d++) {
			Scenario.Document document = documents.get(d);
			if (document == null || document.text() == null || document.text().length() > MAX_DOCUMENT_TEXT) {
				problems.add("format.documents[" + d + "].text: required, at most " + MAX_DOCUMENT_TEXT + " characters");
			}
			else if (document.title() != null && document.title().length() > MAX_DOCUMENT_TITLE) {
				problems.add("format.documents[" + d + "].title: at most " + MAX_DOCUMENT_TITLE + " characters");
			}
		}
	}

	/** Each condition: its own id, a known group, a type with the fields it needs, and not the same as an earlier one. */
	private static void conditions(List<Scenario.Condition> conditions, Set<String> groups, List<String> problems) {
		Set<String> ids = new HashSet<>();
		Map<String, String> seen = new HashMap<>();
		for (int i = 0; i < conditions.size(); i++) {
			Scenario.Condition condition = conditions.get(i);
			String at = "conditions[" + i + "]";
			if (condition.id() == null || condition.id().isBlank()) {
				problems.add(at + ".id: required");
			}
			else if (!ids.add(condition.id())) {
				problems.add(at + ".id: \"" + condition.id() + "\" appears more than once");
			}
			if (condition.group() == null || !groups.contains(condition.group())) {
				problems.add(at + ".group: unknown group \"" + condition.group() + "\"");
			}
			if (condition.type() == null) {
				problems.add(at + ".type: one of " + List.of(ConditionType.values()));
				continue;
			}
			fields(condition, at, groups, problems);
			String earlier = seen.putIfAbsent(sameness(condition), condition.id());
			if (earlier != null) {
				problems.add(at + ": the same condition as " + earlier);
			}
		}
	}

	/** What makes two conditions the same, whatever their ids and the order of the groups they name. */
	private static String sameness(Scenario.Condition condition) {
		return condition.group() + ":" + condition.type() + ":" + condition.other() + ":" + condition.whenCapacity()
				+ ":" + condition.inKinds() + ":" + condition.kind() + ":" + condition.capacity() + ":"
				+ new HashSet<>(condition.groups()) + ":" + condition.term() + ":" + condition.item() + ":" + condition.venue();
	}

	private static void fields(Scenario.Condition condition, String at, Set<String> groups, List<String> problems) {
		switch (condition.type()) {
			case REQUIRES_PRESENCE, REFUSES_PRESENCE -> {
				if (condition.other() == null || !groups.contains(condition.other())) {
					problems.add(at + ".other: unknown group \"" + condition.other() + "\"");
				}
				else if (condition.other().equals(condition.group())) {
					problems.add(at + ".other: a condition about the group itself");
				}
			}
			case REFUSES_KIND -> required(condition.kind(), at + ".kind", problems);
			case REQUIRES_OWN_CAPACITY -> required(condition.capacity(), at + ".capacity", problems);
			case REQUIRES_EQUAL_CAPACITY -> {
				if (condition.groups().size() < 2) {
					problems.add(at + ".groups: name at least two groups");
				}
				knownGroups(at + ".groups", condition.groups(), groups, problems);
			}
			case REFUSES_DOCUMENT_TERM -> required(blankToNull(condition.term()), at + ".term", problems);
			case REQUIRES_AGENDA_EXCLUDES -> required(blankToNull(condition.item()), at + ".item", problems);
			case REFUSES_VENUE -> required(blankToNull(condition.venue()), at + ".venue", problems);
		}
	}

	/** A group that attends only with another and will never sit with it; or that insists on two capacities. */
	private static void contradictions(List<Scenario.Condition> conditions, List<String> problems) {
		for (Scenario.Condition a : conditions) {
			for (Scenario.Condition b : conditions) {
				if (a == b || a.group() == null || !a.group().equals(b.group()) || a.type() == null || b.type() == null) {
					continue;
				}
				boolean contradict = a.type() == ConditionType.REQUIRES_PRESENCE && b.type() == ConditionType.REFUSES_PRESENCE
						&& a.other() != null && a.other().equals(b.other()) && b.whenCapacity() == null && b.inKinds().isEmpty()
						|| a.type() == ConditionType.REQUIRES_OWN_CAPACITY && b.type() == ConditionType.REQUIRES_OWN_CAPACITY
								&& a.capacity() != null && b.capacity() != null && a.capacity() != b.capacity()
								&& a.id() != null && b.id() != null && a.id().compareTo(b.id()) < 0;
				if (contradict) {
					problems.add("conditions: " + a.id() + " and " + b.id() + " of " + a.group()
							+ " contradict each other; the group could never attend");
				}
			}
		}
	}

	private static void knownGroups(String at, List<String> codes, Set<String> groups, List<String> problems) {
		for (int i = 0; i < codes.size(); i++) {
			if (!groups.contains(codes.get(i))) {
				problems.add(at + "[" + i + "]: unknown group \"" + codes.get(i) + "\"");
			}
		}
	}

	private static void required(Object value, String at, List<String> problems) {
		if (value == null) {
			problems.add(at + ": required for this type of condition");
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
