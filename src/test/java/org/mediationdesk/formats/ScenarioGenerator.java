package org.mediationdesk.formats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.mediationdesk.process.Capacity;

/** Seeded random scenarios: N groups, M conditions of every kind, a format that seats everyone. */
final class ScenarioGenerator {

	private static final String[] VENUES = { "Geneva", "Vienna", "Istanbul", "Nairobi" };
	private static final String[] ITEMS = { "IDP", "MISSING", "DOCS", "NUF-ISA" };
	private static final String[] TERMS = { "occupation line", "state border", "Republic of Abkhazia", "Sukhum" };

	private ScenarioGenerator() {
	}

	static Scenario generate(int groups, int conditions, Random random) {
		List<String> codes = new ArrayList<>();
		for (int g = 0; g < groups; g++) {
			codes.add("G" + g);
		}
		List<Scenario.Condition> list = new ArrayList<>();
		java.util.Set<String> seen = new java.util.HashSet<>();
		int attempts = 0;
		while (list.size() < conditions && attempts++ < conditions * 20) {
			String group = codes.get(random.nextInt(groups));
			String other = codes.get(random.nextInt(groups));
			ConditionType type = ConditionType.values()[random.nextInt(ConditionType.values().length)];
			if ((type == ConditionType.REQUIRES_PRESENCE || type == ConditionType.REFUSES_PRESENCE) && other.equals(group)) {
				continue;
			}
			String id = "c" + list.size();
			Scenario.Condition condition = switch (type) {
				case REQUIRES_PRESENCE -> new Scenario.Condition(id, group, type, other, null, null, null, null, null, null, null, null);
				case REFUSES_PRESENCE -> new Scenario.Condition(id, group, type, other,
						random.nextBoolean() ? Capacity.DELEGATION : null,
						random.nextBoolean() ? List.of(FormatKind.PLENARY) : List.of(), null, null, null, null, null, null);
				case REFUSES_KIND -> new Scenario.Condition(id, group, type, null, null, null,
						FormatKind.values()[random.nextInt(FormatKind.values().length)], null, null, null, null, null);
				case REQUIRES_OWN_CAPACITY -> new Scenario.Condition(id, group, type, null, null, null, null,
						random.nextBoolean() ? Capacity.DELEGATION : Capacity.INDIVIDUAL, null, null, null, null);
				case REQUIRES_EQUAL_CAPACITY -> new Scenario.Condition(id, group, type, null, null, null, null, null,
						List.of(group, other.equals(group) ? codes.get((codes.indexOf(group) + 1) % groups) : other), null, null, null);
				case REFUSES_DOCUMENT_TERM -> new Scenario.Condition(id, group, type, null, null, null, null, null, null,
						TERMS[random.nextInt(TERMS.length)], null, null);
				case REQUIRES_AGENDA_EXCLUDES -> new Scenario.Condition(id, group, type, null, null, null, null, null, null, null,
						ITEMS[random.nextInt(ITEMS.length)], null);
				case REFUSES_VENUE -> new Scenario.Condition(id, group, type, null, null, null, null, null, null, null, null,
						VENUES[random.nextInt(VENUES.length)]);
			};
			String key = group + type + condition.other() + condition.whenCapacity() + condition.inKinds() + condition.kind()
					+ condition.capacity() + new java.util.HashSet<>(condition.groups()) + condition.term() + condition.item()
					+ condition.venue();
			boolean contradicts = list.stream().anyMatch(earlier -> earlier.group().equals(group)
					&& (type == ConditionType.REQUIRES_OWN_CAPACITY && earlier.type() == type && earlier.capacity() != condition.capacity()
							|| (type == ConditionType.REFUSES_PRESENCE || type == ConditionType.REQUIRES_PRESENCE)
									&& (earlier.type() == ConditionType.REFUSES_PRESENCE || earlier.type() == ConditionType.REQUIRES_PRESENCE)
									&& earlier.type() != type && other.equals(earlier.other())));
			if (contradicts || !seen.add(key)) {
				continue;
			}
			list.add(condition);
		}
		Map<String, Capacity> capacities = new HashMap<>();
		codes.forEach(code -> capacities.put(code, random.nextBoolean() ? Capacity.DELEGATION : Capacity.INDIVIDUAL));
		Scenario.Format format = new Scenario.Format(FormatKind.PLENARY, VENUES[0], codes, capacities,
				List.of(new Scenario.Document("A draft", "Patrols near the occupation line and the state border.")),
				List.of(ITEMS[0], ITEMS[1]));
		return new Scenario(codes, list, format, List.of(VENUES), null, null);
	}
}
