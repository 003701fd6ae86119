package org.mediationdesk.terminology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.TreeMap;

import org.mediationdesk.shared.LanguageCode;

/**
 * A glossary compiled for matching: every form of every language in one automaton. A form that takes case
 * endings is found by the stem of its first word and then confirmed word by word; any other form is found
 * whole. Where matches overlap, the longest wins, and of two equally long the one that is the form exactly.
 */
final class Lexicon {

	/** A form as the linter uses it. */
	record Form(GlossaryFile.ConceptEntry concept, GlossaryFile.FormEntry entry, String normalized, String[] stems,
			boolean inflected) {
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
				forms.add(new Form(concept, entry, normalized, stems, inflected));
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

	/** The forms found in a part of the text, without overlaps, in the order they stand. */
	List<Match> matches(String text, int from, int to) {
		List<Match> candidates = new ArrayList<>();
		automaton.scan(text, from, to, (pattern, end) -> {
			int start = automaton.start(text, pattern, end);
			if (start > from && Normalizer.isWordChar(text.charAt(start - 1))) {
				return;
			}
			for (int index : formsOfPattern[pattern]) {
				Form form = forms.get(index);
				if (form.inflected()) {
					confirm(text, to, start, end, form, candidates);
				}
				else if (end == to || !Normalizer.isWordChar(text.charAt(end))) {
					candidates.add(new Match(start, end, form, true));
				}
			}
		});
		if (candidates.size() < 2) {
			return candidates;
		}
		candidates.sort(Comparator.comparingInt(Match::length)
			.reversed()
			.thenComparing(Match::exact, Comparator.reverseOrder())
			.thenComparingInt(Match::start));
		TreeMap<Integer, Match> taken = new TreeMap<>();
		for (Match candidate : candidates) {
			Entry<Integer, Match> before = taken.floorEntry(candidate.start());
			Entry<Integer, Match> after = taken.ceilingEntry(candidate.start());
			if ((before == null || before.getValue().end() <= candidate.start())
					&& (after == null || after.getKey() >= candidate.end())) {
				taken.put(candidate.start(), candidate);
			}
		}
		return new ArrayList<>(taken.values());
	}

	/** Confirms a form that takes case endings, word by word, from where its first stem was found. */
	private static void confirm(String text, int to, int start, int stemEnd, Form form, List<Match> candidates) {
		LanguageCode language = form.entry().language();
		int position = start;
		int wordEnd = stemEnd;
		boolean exact = true;
		String[] words = form.normalized().split(" ");
		for (int w = 0; w < form.stems().length; w++) {
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
			String word = normalizedWord(text, position, wordEnd);
			if (!Inflection.isCaseForm(language, word, form.stems()[w])) {
				return;
			}
			exact &= word.equals(words[w]);
			position = wordEnd;
		}
		candidates.add(new Match(start, position, form, exact));
	}

	private static String normalizedWord(String text, int start, int end) {
		char[] word = new char[end - start];
		for (int i = start; i < end; i++) {
			word[i - start] = Normalizer.normalize(text.charAt(i));
		}
		return new String(word);
	}
}
