package org.mediationdesk.texts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The sides' stances on the wordings of a text, and what follows from them: the package rule and the seal.
 *
 * <ul>
 * <li>A group's stance on a wording is the last one it stated, in the order recorded.</li>
 * <li><b>Sealed:</b> a stance is seen by its own group only, until it is revealed: by the co-chairs (every
 * stance stated until then shows), or once every required group has stated on that wording (then every stance
 * on it shows, at once, and so does each stated later). A group that states again after a reveal, while some
 * required group has not yet stated, has its new stance sealed: until the next reveal everyone else keeps
 * seeing its stance as last revealed, so nothing it does changes what the others see, not even that it has
 * stated again.</li>
 * <li><b>Settled:</b> a provision is settled by its first tabled wording that every required group accepts or
 * can live with, by the stances shown; the text may be agreed only when every provision is.</li>
 * </ul>
 *
 * Plain Java: it is given the text's required groups, its provisions and wordings, the stances and the time
 * of the last reveal, and answers without a database.
 */
final class StanceMatrix {

	/** A wording as the package rule needs it: which provision, and whether it is tabled to all. */
	record Entry(UUID wording, String provision, boolean tabled) {
	}

	/** A stance as stated, in the order recorded. */
	record Stance(UUID wording, String group, StanceKind kind, String comment, Instant statedAt) {
	}

	/** The stances on one wording: each group's as last revealed, and each group's stated since and still sealed. */
	private record OnWording(Map<String, Stance> shown, Map<String, Stance> sealed) {
	}

	private final List<String> required;
	private final List<String> provisions;
	private final Map<String, List<Entry>> byProvision = new HashMap<>();
	private final Map<UUID, OnWording> onWording = new HashMap<>();

	private StanceMatrix(List<String> required, List<String> provisions, List<Entry> wordings, List<Stance> stances,
			Instant revealedAt) {
		this.required = List.copyOf(required);
		this.provisions = List.copyOf(provisions);
		for (Entry entry : wordings) {
			byProvision.computeIfAbsent(entry.provision(), eId -> new ArrayList<>()).add(entry);
		}
		for (Stance stance : stances) {
			OnWording on = onWording.computeIfAbsent(stance.wording(),
					id -> new OnWording(new HashMap<>(), new HashMap<>()));
			if (revealedAt != null && !stance.statedAt().isAfter(revealedAt)) {
				// stated before the co-chairs' last reveal: it shows, whatever round it was stated in
				on.shown().put(stance.group(), stance);
				on.sealed().remove(stance.group());
				continue;
			}
			on.sealed().put(stance.group(), stance);
			if (this.required.stream().allMatch(group -> on.shown().containsKey(group) || on.sealed().containsKey(group))) {
				// every required group has stated on the wording: what is sealed shows, at once
				on.shown().putAll(on.sealed());
				on.sealed().clear();
			}
		}
	}

	static StanceMatrix of(List<String> required, List<String> provisions, List<Entry> wordings, List<Stance> stances,
			Instant revealedAt) {
		return new StanceMatrix(required, provisions, wordings, stances, revealedAt);
	}

	private OnWording on(UUID wording) {
		return onWording.getOrDefault(wording, new OnWording(Map.of(), Map.of()));
	}

	/** Each group's latest stance on the wording, sealed or not. */
	Map<String, Stance> stancesOn(UUID wording) {
		Map<String, Stance> latest = new HashMap<>(on(wording).shown());
		latest.putAll(on(wording).sealed());
		return ordered(latest);
	}

	/** Whether every required group's stance on the wording shows (as last revealed). */
	boolean everyoneStated(UUID wording) {
		return !required.isEmpty() && required.stream().allMatch(on(wording).shown()::containsKey);
	}

	/** Whether any group has stated on the wording, sealed or not. */
	boolean anyStance(UUID wording) {
		return !on(wording).shown().isEmpty() || !on(wording).sealed().isEmpty();
	}

	/**
	 * The tabled wording that settles the provision by the stances shown, or {@code null}; nothing is settled on a
	 * text that asks nobody's stance yet (a private draft).
	 */
	UUID settledBy(String provision) {
		if (required.isEmpty()) {
			return null;
		}
		for (Entry entry : byProvision.getOrDefault(provision, List.of())) {
			Map<String, Stance> shown = on(entry.wording()).shown();
			if (entry.tabled() && required.stream().allMatch(group -> shown.containsKey(group) && shown.get(group).kind().settles())) {
				return entry.wording();
			}
		}
		return null;
	}

	/** Whether every provision is settled (and there is one): by the package rule, only then is the text agreed. */
	boolean settled() {
		return !provisions.isEmpty() && provisions.stream().allMatch(provision -> settledBy(provision) != null);
	}

	/**
	 * The stances on the wording that a reader sees: each group's as last revealed, and their own group's as
	 * last stated; in the order of the required groups.
	 *
	 * @param ownGroup the reader's group, or {@code null} (the co-chairs, who see only what is revealed)
	 */
	Map<String, Stance> visibleTo(UUID wording, String ownGroup) {
		Map<String, Stance> visible = new HashMap<>(on(wording).shown());
		if (ownGroup != null && on(wording).sealed().containsKey(ownGroup)) {
			visible.put(ownGroup, on(wording).sealed().get(ownGroup));
		}
		return ordered(visible);
	}

	/** How many groups have a stance on the wording that is sealed from a reader (their own group's is not). */
	int sealedFrom(UUID wording, String ownGroup) {
		return (int) on(wording).sealed().keySet().stream().filter(group -> !group.equals(ownGroup)).count();
	}

	/**
	 * The stances in the order of the required groups, then any others by code: an order that depends on nothing
	 * a reader may not see (not on who stated first, nor on a sealed stance).
	 */
	private Map<String, Stance> ordered(Map<String, Stance> stances) {
		Map<String, Stance> ordered = new LinkedHashMap<>();
		required.stream().filter(stances::containsKey).forEach(group -> ordered.put(group, stances.get(group)));
		stances.keySet().stream().filter(group -> !required.contains(group)).sorted()
			.forEach(group -> ordered.put(group, stances.get(group)));
		return ordered;
	}
}
