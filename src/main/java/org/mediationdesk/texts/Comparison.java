package org.mediationdesk.texts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * Two revisions of a text compared provision by provision: which provisions were added, deleted or moved,
 * and, word by word, how the wording of each changed.
 */
public record Comparison(int from, int to, List<ProvisionChange> provisions) {

	public enum Status {
		UNCHANGED, CHANGED, ADDED, DELETED
	}

	public enum Piece {
		SAME, ADDED, REMOVED
	}

	/** A run of words that stayed, came in or went out. */
	public record Words(Piece piece, String text) {
	}

	/**
	 * One provision's change.
	 *
	 * @param fromNumber its number in the earlier revision, or 0 if it was not there
	 * @param toNumber its number in the later revision, or 0 if it is gone
	 * @param moved whether it changed place (relative to the provisions both revisions have)
	 */
	public record ProvisionChange(String eId, int fromNumber, int toNumber, Status status, boolean moved,
			List<Words> words) {
	}

	static Comparison of(int fromNumber, TextView from, int toNumber, TextView to) {
		Map<String, TextView.ProvisionView> before = new LinkedHashMap<>();
		from.provisions().forEach(provision -> before.put(provision.eId(), provision));
		Map<String, TextView.ProvisionView> after = new LinkedHashMap<>();
		to.provisions().forEach(provision -> after.put(provision.eId(), provision));
		List<String> keptBefore = before.keySet().stream().filter(after::containsKey).toList();
		List<String> keptAfter = after.keySet().stream().filter(before::containsKey).toList();
		// moved: the kept provisions outside their longest common order
		java.util.Set<String> moved = new java.util.HashSet<>();
		DiffUtils.diff(keptBefore, keptAfter).getDeltas().forEach(delta -> moved.addAll(delta.getTarget().getLines()));
		List<ProvisionChange> changes = new ArrayList<>();
		for (TextView.ProvisionView provision : to.provisions()) {
			TextView.ProvisionView earlier = before.get(provision.eId());
			List<String> old = earlier == null ? List.of() : words(earlier);
			List<Words> diff = diff(old, words(provision));
			Status status = earlier == null ? Status.ADDED
					: diff.stream().allMatch(piece -> piece.piece() == Piece.SAME) ? Status.UNCHANGED : Status.CHANGED;
			changes.add(new ProvisionChange(provision.eId(), earlier == null ? 0 : earlier.number(), provision.number(),
					status, earlier != null && moved.contains(provision.eId()), diff));
		}
		for (TextView.ProvisionView provision : from.provisions()) {
			if (!after.containsKey(provision.eId())) {
				changes.add(new ProvisionChange(provision.eId(), provision.number(), 0, Status.DELETED, false,
						diff(words(provision), List.of())));
			}
		}
		return new Comparison(fromNumber, toNumber, changes);
	}

	/** A provision's wordings as words: one after the other, each led by its sponsors. */
	private static List<String> words(TextView.ProvisionView provision) {
		return provision.wordings()
			.stream()
			.flatMap(wording -> {
				List<String> words = new ArrayList<>();
				words.add("[" + String.join(",", wording.sponsors()) + "]");
				words.addAll(Arrays.asList(wording.textEn().strip().split("\\s+")));
				words.add("¶");
				return words.stream();
			})
			.toList();
	}

	/** The word-level difference, as runs of words that stayed, came in and went out. */
	static List<Words> diff(List<String> before, List<String> after) {
		Patch<String> patch = DiffUtils.diff(before, after);
		List<Words> pieces = new ArrayList<>();
		int at = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			add(pieces, Piece.SAME, before.subList(at, delta.getSource().getPosition()));
			add(pieces, Piece.REMOVED, delta.getSource().getLines());
			add(pieces, Piece.ADDED, delta.getTarget().getLines());
			at = delta.getSource().getPosition() + delta.getSource().size();
		}
		add(pieces, Piece.SAME, before.subList(at, before.size()));
		return pieces;
	}

	private static void add(List<Words> pieces, Piece piece, List<String> words) {
		if (!words.isEmpty()) {
			pieces.add(new Words(piece, words.stream().collect(Collectors.joining(" "))));
		}
	}
}
