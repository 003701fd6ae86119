package org.mediationdesk.terminology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mediationdesk.shared.LanguageCode;

/**
 * A glossary compiled for matching: every form of every language in one automaton. A form that takes case
 * endings is found by the stem of its first word and then confirmed word by word; any other form is found
 * whole. Where matches overlap, the longest wins, and of two equally long the one that is the form exactly.
 */
final class Lexicon {

	/** A form as the linter uses it. */
	record Form(GlossaryFile.ConceptEntry concept, GlossaryFile.FormEntry entry, String normalized, String[] words,
			String[] stems, boolean inflected) {
	}

	/** A form found in a text. */
	record Match(int start, int end, Form form, boolean exact) {

		int length() {
			return end - start;
		}
	}

	private final GlossaryFile file;
	private final List<Form> forms = new ArrayList<>();
	/** For each pattern of the automaton, the forms it finds. */
	private final int[][] formsOfPattern;
	private final Automaton automaton;
	private final Map<String, String> neutral = new HashMap<>();

	Lexicon(GlossaryFile file) {
		this.file = file;
		Map<String, List<Integer>> patterns = new LinkedHashMap<>();
		for (GlossaryFile.ConceptEntry concept : file.concepts()) {
			for (GlossaryFile.FormEntry entry : concept.forms()) {
				String normalized = Normalizer.normalize(entry.text());
				if (entry.neutral()) {
					neutral.putIfAbsent(concept.id() + ":" + entry.language(), entry.text());
				}
				boolean inflected = Inflection.inflects(entry.language())
						&& normalized.chars().allMatch(c -> c == ' ' || Normalizer.isWordChar((char) c));
				String[] words = normalized.split(" ");
				String[] stems = new String[words.length];
				for (int w = 0; w < words.length; w++) {
					stems[w] = inflected ? Inflection.stem(entry.language(), words[w]) : words[w];
				}
				String pattern = inflected ? stems[0] : normalized;
				patterns.computeIfAbsent(pattern, key -> new ArrayList<>()).add(forms.size());
				forms.add(new Form(concept, entry, normalized, words, stems, inflected));
			}
		}
		this.automaton = new Automaton(List.copyOf(patterns.keySet()));
		this.formsOfPattern = patterns.values()
			.stream()
			.map(list -> list.stream().mapToInt(Integer::intValue).toArray())
			.toArray(int[][]::new);
	}

	GlossaryFile file() {
		return file;
	}

	int states() {
		return automaton.states();
	}

	/** The concept's first neutral form in a language, or {@code null}. */
	String neutralForm(String conceptId, LanguageCode language) {
		return neutral.get(conceptId + ":" + language);
	}

	/**
	 * The forms found in a part of the text, without overlaps, in the order they stand.
	 *
	 * @param buffer room for the part's characters, at least {@code to - from} long
	 */
	List<Match> matches(String text, int from, int to, char[] buffer) {
		List<Match> candidates = new ArrayList<>();
		char[] word = new char[64];
		text.getChars(from, to, buffer, 0);
		automaton.scan(buffer, to - from, from, (pattern, end) -> {
			int start = automaton.start(text, pattern, end);
			if (start > from && Normalizer.isWordChar(text.charAt(start - 1))) {
				return;
			}
			for (int index : formsOfPattern[pattern]) {
				Form form = forms.get(index);
				if (form.inflected()) {
					confirm(text, to, start, end, form, word, candidates);
				}
				else if (end == to || !Normalizer.isWordChar(text.charAt(end))) {
					candidates.add(new Match(start, end, form, true));
				}
			}
		});
		return resolve(candidates);
	}

	/**
	 * Keeps, of candidates one of which contains another, the longest (of equally long ones, the form as
	 * written, then the first). Candidates that only partly overlap are both kept: "occupied Abkhazia and South
	 * Ossetia" is a blocker and a neutral form, and the neutral one must not hide the blocker.
	 */
	private static List<Match> resolve(List<Match> candidates) {
		// nearly in order already: the automaton reports them as they end
		candidates.sort(BY_START);
		List<Match> kept = new ArrayList<>(candidates.size());
		List<Match> cluster = new ArrayList<>();
		int clusterEnd = -1;
		for (Match candidate : candidates) {
			if (candidate.start() >= clusterEnd && !cluster.isEmpty()) {
				decide(cluster, kept);
				cluster.clear();
			}
			cluster.add(candidate);
			clusterEnd = Math.max(clusterEnd, candidate.end());
		}
		decide(cluster, kept);
		return kept;
	}

	private static final Comparator<Match> BY_START = Comparator.comparingInt(Match::start);
	private static final Comparator<Match> RANK = (a, b) -> a.length() != b.length() ? b.length() - a.length()
			: a.exact() != b.exact() ? (a.exact() ? -1 : 1) : a.start() - b.start();

	private static void decide(List<Match> cluster, List<Match> kept) {
		if (cluster.size() <= 1) {
			kept.addAll(cluster);
			return;
		}
		List<Match> ranked = new ArrayList<>(cluster);
		ranked.sort(RANK);
		List<Match> chosen = new ArrayList<>();
		for (Match candidate : ranked) {
			if (chosen.stream().noneMatch(taken -> taken.start() <= candidate.start() && candidate.end() <= taken.end())) {
				chosen.add(candidate);
			}
		}
		chosen.sort(BY_START);
		kept.addAll(chosen);
	}

	/** Confirms a form that takes case endings, word by word, from where its first stem was found. */
	private static void confirm(String text, int to, int start, int stemEnd, Form form, char[] word,
			List<Match> candidates) {
		LanguageCode language = form.entry().language();
		String[] words = form.words();
		int position = start;
		int wordEnd = stemEnd;
		boolean exact = true;
		for (int w = 0; w < words.length; w++) {
			if (w > 0) {
				int next = position;
				while (next < to && Normalizer.isSeparator(text.charAt(next))) {
					next++;
				}
				if (next == position) {
					return;
				}
				position = next;
				wordEnd = position;
			}
			while (wordEnd < to && Normalizer.isWordChar(text.charAt(wordEnd))) {
				wordEnd++;
			}
			int length = wordEnd - position;
			if (length > word.length) {
				return;
			}
			boolean same = length == words[w].length();
			for (int i = 0; i < length; i++) {
				word[i] = Normalizer.normalize(text.charAt(position + i));
				same = same && word[i] == words[w].charAt(i);
			}
			if (!Inflection.isCaseForm(language, word, length, form.stems()[w])) {
				return;
			}
			exact &= same;
			position = wordEnd;
		}
		candidates.add(new Match(start, position, form, exact));
	}
}
