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
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

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
	 * @param words the change as one run of words, each wording led by its sponsors' codes
	 * @param before the provision's wordings in the earlier revision, with what went out marked
	 * @param after its wordings in the later revision, with what came in marked
	 */
	public record ProvisionChange(String eId, int fromNumber, int toNumber, Status status, boolean moved,
			List<Words> words, List<Passage> before, List<Passage> after) {
	}

	/**
	 * A wording in one of the two revisions compared: its sponsors (codes), whether they differ in the other
	 * revision, and its words as runs that stayed and that went out (earlier revision) or came in (later one).
	 */
	public record Passage(List<String> sponsors, boolean sponsorsChanged, List<Words> words) {
	}

	/** A sponsors' marker among the words compared, and the end of a wording. */
	private static final String SPONSORS = "\u0001";
	private static final String END = "\u0002";

	static Comparison of(int fromNumber, TextView from, int toNumber, TextView to) {
		Map<String, TextView.ProvisionView> before = new LinkedHashMap<>();
		from.provisions().forEach(provision -> before.put(provision.eId(), provision));
		Map<String, TextView.ProvisionView> after = new LinkedHashMap<>();
		to.provisions().forEach(provision -> after.put(provision.eId(), provision));
		List<String> keptBefore = before.keySet().stream().filter(after::containsKey).toList();
		List<String> keptAfter = after.keySet().stream().filter(before::containsKey).toList();
		// moved: the kept provisions outside their longest common order
		Set<String> moved = new HashSet<>();
		DiffUtils.diff(keptBefore, keptAfter).getDeltas().forEach(delta -> moved.addAll(delta.getTarget().getLines()));
		List<ProvisionChange> changes = new ArrayList<>();
		for (TextView.ProvisionView provision : to.provisions()) {
			TextView.ProvisionView earlier = before.get(provision.eId());
			List<String> old = earlier == null ? List.of() : words(earlier);
			List<Words> diff = diff(old, words(provision));
			Status status = earlier == null ? Status.ADDED
					: diff.stream().allMatch(piece -> piece.piece() == Piece.SAME) ? Status.UNCHANGED : Status.CHANGED;
			List<List<Passage>> columns = columns(earlier == null ? List.of() : tokens(earlier), tokens(provision));
			changes.add(new ProvisionChange(provision.eId(), earlier == null ? 0 : earlier.number(), provision.number(),
					status, earlier != null && moved.contains(provision.eId()), diff, columns.get(0), columns.get(1)));
		}
		for (TextView.ProvisionView provision : from.provisions()) {
			if (!after.containsKey(provision.eId())) {
				List<List<Passage>> columns = columns(tokens(provision), List.of());
				changes.add(new ProvisionChange(provision.eId(), provision.number(), 0, Status.DELETED, false,
						diff(words(provision), List.of()), columns.get(0), columns.get(1)));
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

	/** A provision's wordings as words, each led by a marker of its sponsors and closed by an end marker. */
	private static List<String> tokens(TextView.ProvisionView provision) {
		List<String> tokens = new ArrayList<>();
		for (TextView.WordingView wording : provision.wordings()) {
			tokens.add(SPONSORS + String.join(",", wording.sponsors()));
			String text = wording.textEn().strip();
			if (!text.isEmpty()) {
				tokens.addAll(Arrays.asList(text.split("\\s+")));
			}
			tokens.add(END);
		}
		return tokens;
	}

	/** The two columns of a provision: its wordings before, with what went out, and after, with what came in. */
	private static List<List<Passage>> columns(List<String> before, List<String> after) {
		List<Piece> fromPieces = new ArrayList<>(Collections.nCopies(before.size(), Piece.SAME));
		List<Piece> toPieces = new ArrayList<>(Collections.nCopies(after.size(), Piece.SAME));
		for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
			for (int i = 0; i < delta.getSource().size(); i++) {
				fromPieces.set(delta.getSource().getPosition() + i, Piece.REMOVED);
			}
			for (int i = 0; i < delta.getTarget().size(); i++) {
				toPieces.set(delta.getTarget().getPosition() + i, Piece.ADDED);
			}
		}
		return List.of(passages(before, fromPieces), passages(after, toPieces));
	}

	private static List<Passage> passages(List<String> tokens, List<Piece> pieces) {
		List<Passage> passages = new ArrayList<>();
		List<String> sponsors = List.of();
		boolean sponsorsChanged = false;
		List<Words> words = new ArrayList<>();
		Piece piece = null;
		List<String> run = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			String token = tokens.get(i);
			if (token.startsWith(SPONSORS)) {
				sponsors = List.of(token.substring(SPONSORS.length()).split(","));
				sponsorsChanged = pieces.get(i) != Piece.SAME;
			}
			else if (token.equals(END)) {
				add(words, piece, run);
				passages.add(new Passage(sponsors, sponsorsChanged, List.copyOf(words)));
				words.clear();
				run.clear();
				piece = null;
			}
			else {
				if (piece != null && piece != pieces.get(i)) {
					add(words, piece, run);
					run.clear();
				}
				piece = pieces.get(i);
				run.add(token);
			}
		}
		return passages;
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
		if (piece != null && !words.isEmpty()) {
			pieces.add(new Words(piece, words.stream().collect(Collectors.joining(" "))));
		}
	}
}
