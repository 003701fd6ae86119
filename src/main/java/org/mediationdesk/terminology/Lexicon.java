package org.mediationdesk.terminology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mediationdesk.shared.LanguageCode;
import java.util.Set;

/**
 * A glossary compiled for matching: every form of every language in one automaton. Russian forms enter it in
 * every case and number ({@link RussianForms}, generated here, once); a Georgian form is found by the stem of
 * its first word and then confirmed word by word ({@link Inflection}); any other form is found whole. Where
 * matches overlap, the longest wins, and of two equally long the one that is the form exactly. On top of the
 * forms: a modifier (a concept of category {@value #MODIFIER}) counts only before a name or a generic noun
 * (category {@value #GENERIC}) and is reported with it; an abbreviation is found only in capitals; a form
 * with a comma ("Abkhazia, Georgia") is not found inside an enumeration.
 */
final class Lexicon {

	/** The category of a concept whose forms make the place names and generic nouns after them partisan. */
	static final String MODIFIER = "modifier";
	/** The category of a concept of generic nouns (regions, territories, authorities): only a modifier's target. */
	static final String GENERIC = "generic";
	/** The categories whose forms a modifier may qualify. */
	private static final Set<String> TARGETS = Set.of("place", "territory", GENERIC);
	/** How many other words may stand between a modifier and its target ("occupied Georgian regions"). */
	static final int WINDOW = 2;
	/** How far after a modifier (or the last target joined to it), in characters, a target is looked for. */
	private static final int REACH = 80;
	/** Words that join coordinated targets ("occupied Tskhinvali and Sukhumi"). */
	private static final Set<String> COORDINATION = Set.of(",", "and", "or", "и", "или", "და", "ან",
			", and", ", и", ", და");

	/** A form as the linter uses it. */
	record Form(GlossaryFile.ConceptEntry concept, GlossaryFile.FormEntry entry, String normalized, String[] words,
			Inflection.Rule[] rules, boolean inflected, boolean abbreviation, boolean formula, boolean modifier,
			boolean generic, boolean target, double[] evidence) {
	}

	/**
	 * A form found in a text.
	 *
	 * @param formEnd where the form itself ends: before {@code end} for a modifier reported with its targets
	 */
	record Match(int start, int end, Form form, boolean exact, int formEnd) {

		Match(int start, int end, Form form, boolean exact) {
			this(start, end, form, exact, end);
		}

		int length() {
			return end - start;
		}
	}

	private final GlossaryFile file;
	private final List<Form> forms = new ArrayList<>();
	/** For each pattern of the automaton, the forms it finds (the form's index times two, plus one if exactly). */
	private final int[][] formsOfPattern;
	private final Automaton automaton;
	private final Map<String, String> neutral = new HashMap<>();

	Lexicon(GlossaryFile file) {
		this.file = file;
		Map<String, List<Integer>> patterns = new LinkedHashMap<>();
		RussianForms russian = null;
		for (GlossaryFile.ConceptEntry concept : file.concepts()) {
			for (GlossaryFile.FormEntry entry : concept.forms()) {
				String normalized = Normalizer.normalize(entry.text());
				if (entry.neutral()) {
					neutral.putIfAbsent(concept.id() + ":" + entry.language(), entry.text());
				}
				boolean inflected = Inflection.inflects(entry.language())
						&& normalized.chars().allMatch(c -> c == ' ' || Normalizer.isWordChar((char) c));
				String[] words = normalized.split(" ");
				Inflection.Rule[] rules = new Inflection.Rule[words.length];
				for (int w = 0; w < words.length; w++) {
					rules[w] = inflected ? Inflection.rule(entry.language(), words[w],
							w == words.length - 1 || words[w + 1].equals("და"))
							: Inflection.Rule.asWritten(words[w]);
				}
				String letters = entry.text().replaceAll("[^\\p{L}]", "");
				boolean abbreviation = letters.length() >= 2 && letters.length() <= 6 && !entry.text().contains(" ")
						&& letters.chars().noneMatch(Character::isLowerCase);
				int index = forms.size();
				double[] evidence = new double[Perspective.values().length];
				Linter.weigh(entry, evidence);
				forms.add(new Form(concept, entry, normalized, words, rules, inflected, abbreviation,
						normalized.contains(","), MODIFIER.equals(concept.category()), GENERIC.equals(concept.category()),
						concept.category() != null && TARGETS.contains(concept.category()), evidence));
				if (inflected) {
					patterns.computeIfAbsent(rules[0].stem(), key -> new ArrayList<>()).add(index * 2);
				}
				else if (entry.language() == LanguageCode.RU) {
					if (russian == null) {
						russian = new RussianForms();
					}
					for (String surface : russian.expand(entry.text())) {
						patterns.computeIfAbsent(surface, key -> new ArrayList<>())
							.add(index * 2 + (surface.equals(normalized) ? 1 : 0));
					}
				}
				else {
					patterns.computeIfAbsent(normalized, key -> new ArrayList<>()).add(index * 2 + 1);
				}
			}
		}
		boolean[] stems = new boolean[patterns.size()];
		int p = 0;
		for (List<Integer> codes : patterns.values()) {
			int pattern = p++;
			stems[pattern] = codes.stream().anyMatch(code -> forms.get(code >> 1).inflected());
		}
		this.automaton = new Automaton(List.copyOf(patterns.keySet()), stems);
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

	int classes() {
		return automaton.classes();
	}

	int patterns() {
		return automaton.patterns();
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
			for (int code : formsOfPattern[pattern]) {
				Form form = forms.get(code >> 1);
				if (form.inflected()) {
					confirm(text, to, start, end, form, word, candidates);
				}
				else if ((end == to || !Normalizer.isWordChar(text.charAt(end)))
						&& (!form.abbreviation() || capitals(text, start, end))
						&& (!form.formula() || !enumerated(text, end, to))) {
					candidates.add(new Match(start, end, form, (code & 1) == 1));
				}
			}
		});
		List<Match> kept = resolve(modified(text, candidates));
		kept.removeIf(match -> (match.form().modifier() && match.formEnd() == match.end()) || match.form().generic());
		return kept;
	}

	/** Whether the letters of the text from start to end are all capitals, as an abbreviation is written. */
	private static boolean capitals(String text, int start, int end) {
		for (int i = start; i < end; i++) {
			if (Character.isLowerCase(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether a form with a comma ends inside an enumeration: followed by a comma and another item, or by a
	 * conjunction ("Russia, Abkhazia, Georgia, South Ossetia and the United States").
	 */
	private static boolean enumerated(String text, int end, int to) {
		int i = end;
		while (i < to && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		if (i < to && text.charAt(i) == ',') {
			int j = i + 1;
			while (j < to && Character.isWhitespace(text.charAt(j))) {
				j++;
			}
			return j < to && Normalizer.isWordChar(text.charAt(j));
		}
		int wordEnd = i;
		while (wordEnd < to && Normalizer.isWordChar(text.charAt(wordEnd))) {
			wordEnd++;
		}
		String next = Normalizer.normalize(text.substring(i, wordEnd));
		return next.equals("and") || next.equals("or") || next.equals("и") || next.equals("или") || next.equals("და")
				|| next.equals("ან");
	}

	/**
	 * Adds, for every modifier followed within {@link #WINDOW} words by a target (a place, a territory or a
	 * generic noun), and by any targets coordinated with it, one match over the whole span with the modifier's
	 * form; resolving then keeps the span over the parts it contains. A modifier with no target is no match.
	 */
	private static List<Match> modified(String text, List<Match> candidates) {
		if (candidates.stream().noneMatch(candidate -> candidate.form().modifier())) {
			return candidates;
		}
		candidates.sort(BY_START);
		List<Match> out = new ArrayList<>(candidates);
		for (int m = 0; m < candidates.size(); m++) {
			Match modifier = candidates.get(m);
			if (!modifier.form().modifier() || partOfAnotherForm(candidates, m)) {
				continue;
			}
			int end = -1;
			int from = modifier.end();
			boolean first = true;
			for (int t = m + 1; t < candidates.size(); t++) {
				Match target = candidates.get(t);
				if (target.start() > from + REACH) {
					break;
				}
				if (target.start() < from || !target.form().target()) {
					continue;
				}
				String gap = Normalizer.normalize(text.substring(from, target.start()));
				boolean joined = first ? gapWords(gap) <= WINDOW : COORDINATION.contains(gap.replace(" ,", ","));
				if (!joined) {
					continue;
				}
				// of the targets starting here, the longest
				Match longest = target;
				for (int u = t + 1; u < candidates.size() && candidates.get(u).start() == target.start(); u++) {
					if (candidates.get(u).form().target() && candidates.get(u).end() > longest.end()) {
						longest = candidates.get(u);
					}
				}
				end = longest.end();
				from = end;
				first = false;
			}
			if (end > 0) {
				out.add(new Match(modifier.start(), end, modifier.form(), modifier.exact(), modifier.end()));
			}
		}
		return out;
	}

	/**
	 * Whether the modifier at {@code m} begins a longer form that is not one it qualifies ("occupation" in
	 * "occupation line"): then it is a word of that form, not a modifier.
	 */
	private static boolean partOfAnotherForm(List<Match> candidates, int m) {
		Match modifier = candidates.get(m);
		// the candidates are in order of their start: those starting here stand next to it
		int first = m;
		while (first > 0 && candidates.get(first - 1).start() == modifier.start()) {
			first--;
		}
		for (int i = first; i < candidates.size() && candidates.get(i).start() == modifier.start(); i++) {
			Match other = candidates.get(i);
			if (other.end() > modifier.end() && !other.form().target() && !other.form().modifier()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Words that end a modifier's reach: a modifier qualifies the noun phrase after it, and a preposition, an
	 * article or a possessive starts another ("the de-occupation of its territories").
	 */
	private static final Set<String> BARRIERS = Set.of("of", "the", "a", "an", "its", "their", "his",
			"her", "in", "on", "at", "to", "from", "by", "with", "for", "and", "or", "near", "along", "across", "around",
			"inside", "within", "outside", "between", "beyond", "towards", "into", "over", "under", "after", "before",
			"since", "through", "в", "во", "на", "из", "с", "со", "к", "по", "о", "об", "от", "для", "и", "или", "их", "его",
			"ее", "у", "около", "вдоль", "возле", "близ", "за", "под", "над", "при", "через", "между", "და", "ან");

	/**
	 * How many words a gap between a modifier and its target has; a gap with punctuation or with a word of
	 * {@link #BARRIERS} has too many.
	 */
	private static int gapWords(String gap) {
		if (gap.isBlank()) {
			return 0;
		}
		if (!gap.chars().allMatch(c -> c == ' ' || Normalizer.isWordChar((char) c))) {
			return Integer.MAX_VALUE;
		}
		String[] words = gap.strip().split(" ");
		for (String word : words) {
			if (BARRIERS.contains(word)) {
				return Integer.MAX_VALUE;
			}
		}
		return words.length;
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
			if (!Inflection.isCaseForm(word, length, form.rules()[w])) {
				return;
			}
			exact &= same;
			position = wordEnd;
		}
		candidates.add(new Match(start, position, form, exact));
	}
}
