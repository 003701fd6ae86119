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
 * <li><b>Settled:</b> a provision is settled by its first tabled wording that every required group accepts or
 * can live with; the text may be agreed only when every provision is.</li>
 * <li><b>Sealed:</b> a stance is seen by its own group only, until every required group has stated on that
 * wording, or the co-chairs reveal the stances stated so far (later ones are sealed again).</li>
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

	private final List<String> required;
	private final List<String> provisions;
	private final Map<String, List<Entry>> byProvision = new HashMap<>();
	private final Map<UUID, Map<String, Stance>> latest = new HashMap<>();
	private final Instant revealedAt;

	private StanceMatrix(List<String> required, List<String> provisions, List<Entry> wordings, List<Stance> stances,
			Instant revealedAt) {
		this.required = List.copyOf(required);
		this.provisions = List.copyOf(provisions);
		this.revealedAt = revealedAt;
		for (Entry entry : wordings) {
			byProvision.computeIfAbsent(entry.provision(), eId -> new ArrayList<>()).add(entry);
		}
		for (Stance stance : stances) {
			latest.computeIfAbsent(stance.wording(), id -> new LinkedHashMap<>()).put(stance.group(), stance);
		}
	}

	static StanceMatrix of(List<String> required, List<String> provisions, List<Entry> wordings, List<Stance> stances,
			Instant revealedAt) {
		return new StanceMatrix(required, provisions, wordings, stances, revealedAt);
	}

	/** Each group's latest stance on the wording. */
	Map<String, Stance> stancesOn(UUID wording) {
		return latest.getOrDefault(wording, Map.of());
	}

	/** Whether every required group has stated on the wording: then its stances show to all. */
	boolean everyoneStated(UUID wording) {
		return required.stream().allMatch(stancesOn(wording)::containsKey);
	}

	/** Whether any group has stated on the wording. */
	boolean anyStance(UUID wording) {
		return !stancesOn(wording).isEmpty();
	}

	/** The tabled wording that settles the provision, or {@code null}. */
	UUID settledBy(String provision) {
		for (Entry entry : byProvision.getOrDefault(provision, List.of())) {
			if (entry.tabled() && everyoneStated(entry.wording())
					&& required.stream().allMatch(group -> stancesOn(entry.wording()).get(group).kind().settles())) {
				return entry.wording();
			}
		}
		return null;
	}

	/** Whether every provision is settled (and there is one): by the package rule, only then is the text agreed. */
	boolean settled() {
		return !provisions.isEmpty() && provisions.stream().allMatch(provision -> settledBy(provision) != null);
	}

	/** Whether the stance shows to everyone who sees the wording. */
	boolean unsealed(Stance stance) {
		return everyoneStated(stance.wording()) || revealedAt != null && !stance.statedAt().isAfter(revealedAt);
	}

	/**
	 * The stances on the wording that a reader sees: the unsealed ones, and their own group's.
	 *
	 * @param ownGroup the reader's group, or {@code null} (the co-chairs, who see only unsealed stances)
	 */
	Map<String, Stance> visibleTo(UUID wording, String ownGroup) {
		Map<String, Stance> visible = new LinkedHashMap<>();
		stancesOn(wording).forEach((group, stance) -> {
			if (unsealed(stance) || group.equals(ownGroup)) {
				visible.put(group, stance);
			}
		});
		return visible;
	}

	/** How many stances on the wording are stated but sealed from a reader. */
	int sealedFrom(UUID wording, String ownGroup) {
		return stancesOn(wording).size() - visibleTo(wording, ownGroup).size();
	}
}
