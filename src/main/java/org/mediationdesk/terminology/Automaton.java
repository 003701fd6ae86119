package org.mediationdesk.terminology;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho–Corasick automaton over normalised characters, compiled to a dense table so that the scan reads one
 * table entry per character of the text. Characters are first mapped to classes: one class per character
 * that occurs in some pattern (upper and lower case, and the typographic variants, share it), one for any
 * other letter or digit, one for separators, one for everything else; the table has a row of classes per
 * state. A run of separators in the text counts as one.
 * <p>
 * A pattern is looked for only where a word may start: at the start of the text or after a character that is
 * not part of a word (the linter drops any other occurrence anyway). So the failure links lead only to
 * suffixes that start there, and inside a word that no pattern begins the scan rests in one state until the
 * word ends, instead of wandering through the states of patterns that match the word's tail; the states it
 * visits are few and stay in the cache.
 */
final class Automaton {

	private static final int OTHER = 0;
	private static final int SEPARATOR = 1;

	/** The state where a pattern may start with the next character: at the start, or after a non-word character. */
	private static final int ROOT = 0;
	/** The state inside a word where no pattern has started: no pattern may start before the word ends. */
	private static final int IN_WORD = 1;

	private final char[] classOf;
	private final int classes;
	/** Per state (pre-multiplied by the number of classes) and class: the next state; negative if it ends a pattern. */
	private final int[] delta;
	/**
	 * Per state number: the patterns that end there (its own and those of its suffixes that start where a word may
	 * start), or {@code null}.
	 */
	private final int[][] ends;
	private final int[] lengths;
	/** Per state number: whether every pattern that ends there ends a word (a stem that takes endings does not). */
	private final boolean[] bounded;
	private static final boolean[] WORD = new boolean[Character.MAX_VALUE + 1];

	static {
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			WORD[c] = Normalizer.isWordChar((char) c);
		}
	}

	/** Receives each place where a pattern ends. */
	interface Hit {
		/**
		 * @param pattern the pattern's index in the list the automaton was built from
		 * @param end where the pattern ends in the text (exclusive)
		 */
		void hit(int pattern, int end);
	}

	/** @param patterns normalised patterns (see {@link Normalizer#normalize(String)}), none empty, each a whole word */
	Automaton(List<String> patterns) {
		this(patterns, new boolean[patterns.size()]);
	}

	/**
	 * @param patterns normalised patterns (see {@link Normalizer#normalize(String)}), none empty
	 * @param stems per pattern, whether it is a stem that a word may go on after (then it is reported even
	 *        where a letter follows); any other pattern is reported only where the word ends
	 */
	Automaton(List<String> patterns, boolean[] stems) {
		Map<Character, Integer> patternClasses = patternClasses(patterns);
		int otherWord = patternClasses.size() + 1;
		this.classes = otherWord + 1;
		this.classOf = classOf(patternClasses, otherWord);
		this.lengths = patterns.stream().mapToInt(String::length).toArray();
		Trie trie = new Trie(patterns, classOf, classes, otherWord);
		int states = trie.children.size();
		int[] next = new int[states * classes];
		List<List<Integer>> outputs = link(trie, wordClasses(classOf, classes), next);
		this.ends = new int[states][];
		this.bounded = new boolean[states];
		for (int state = 0; state < states; state++) {
			List<Integer> out = outputs.get(state);
			ends[state] = out.isEmpty() ? null : out.stream().mapToInt(Integer::intValue).toArray();
			bounded[state] = out.stream().noneMatch(pattern -> stems[pattern]);
		}
		this.delta = new int[states * classes];
		for (int i = 0; i < next.length; i++) {
			int target = next[i];
			delta[i] = ends[target] == null ? target * classes : ~(target * classes);
		}
	}

	/** A class per character that occurs in some pattern, numbered from 2 in order of appearance; the space separates. */
	private static Map<Character, Integer> patternClasses(List<String> patterns) {
		Map<Character, Integer> patternClasses = new HashMap<>();
		patternClasses.put(' ', SEPARATOR);
		for (String pattern : patterns) {
			for (char c : pattern.toCharArray()) {
				patternClasses.putIfAbsent(c, patternClasses.size() + 1);
			}
		}
		return patternClasses;
	}

	/** Every character's class: that of its normalised form in a pattern, else any other word character's, else other. */
	private static char[] classOf(Map<Character, Integer> patternClasses, int otherWord) {
		char[] classOf = new char[Character.MAX_VALUE + 1];
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			Integer known = patternClasses.get(Normalizer.normalize((char) c));
			classOf[c] = (char) (known != null ? known : Normalizer.isWordChar((char) c) ? otherWord : OTHER);
		}
		return classOf;
	}

	/** A class is of word characters only if all its characters are; after any other class, a word may start. */
	private static boolean[] wordClasses(char[] classOf, int classes) {
		boolean[] wordClass = new boolean[classes];
		Arrays.fill(wordClass, true);
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			if (!Normalizer.isWordChar((char) c)) {
				wordClass[classOf[c]] = false;
			}
		}
		return wordClass;
	}

	/**
	 * The failure links, breadth first, completing the transitions into a DFA in {@code next}; a failure link leads to
	 * the longest suffix that is in the trie and starts where a word may start, or, if there is none, to the root
	 * after a non-word character and to the state inside a word after a word character.
	 *
	 * @return per state, the patterns that end there (its own and its failure link's)
	 */
	private static List<List<Integer>> link(Trie trie, boolean[] wordClass, int[] next) {
		int classes = wordClass.length;
		int[] fail = new int[trie.children.size()];
		List<List<Integer>> outputs = new ArrayList<>(trie.own);
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		for (int cls = 0; cls < classes; cls++) {
			int empty = wordClass[cls] ? IN_WORD : ROOT;
			next[IN_WORD * classes + cls] = empty;
			int child = trie.children.get(ROOT)[cls];
			next[ROOT * classes + cls] = child < 0 ? empty : child;
			if (child >= 0) {
				fail[child] = empty;
				queue.add(child);
			}
		}
		while (!queue.isEmpty()) {
			int state = queue.poll();
			List<Integer> merged = new ArrayList<>(trie.own.get(state));
			merged.addAll(outputs.get(fail[state]));
			outputs.set(state, merged);
			for (int cls = 0; cls < classes; cls++) {
				int child = trie.children.get(state)[cls];
				if (child < 0) {
					next[state * classes + cls] = next[fail[state] * classes + cls];
				}
				else {
					fail[child] = next[fail[state] * classes + cls];
					next[state * classes + cls] = child;
					queue.add(child);
				}
			}
			// a run of separators reads as one: after a separator, another one keeps the state
			if (trie.lastClass.get(state) == SEPARATOR) {
				next[state * classes + SEPARATOR] = state;
			}
		}
		return outputs;
	}

	/** The trie of the patterns' classes, with the state inside a word beside its root. */
	private static final class Trie {

		private final int classes;
		/** Per state: the next state per class, or -1. */
		final List<int[]> children = new ArrayList<>();
		/** Per state: the patterns that end there. */
		final List<List<Integer>> own = new ArrayList<>();
		/** Per state: the class of the character that leads to it. */
		final List<Integer> lastClass = new ArrayList<>();

		/**
		 * Built a level at a time, so that states are numbered breadth first: the shallow states, where a scan spends
		 * nearly all its time, lie together in the table.
		 */
		Trie(List<String> patterns, char[] classOf, int classes, int otherWord) {
			this.classes = classes;
			add(OTHER);
			add(otherWord);
			int[] at = new int[patterns.size()];
			int longest = patterns.stream().mapToInt(String::length).max().orElse(0);
			for (int depth = 0; depth < longest; depth++) {
				for (int p = 0; p < patterns.size(); p++) {
					String pattern = patterns.get(p);
					if (depth >= pattern.length()) {
						continue;
					}
					int cls = classOf[pattern.charAt(depth)];
					int state = at[p];
					if (children.get(state)[cls] < 0) {
						children.get(state)[cls] = add(cls);
					}
					at[p] = children.get(state)[cls];
					if (depth == pattern.length() - 1) {
						own.get(at[p]).add(p);
					}
				}
			}
		}

		/** A new state, reached by a character of the class; its number. */
		private int add(int cls) {
			int[] row = new int[classes];
			Arrays.fill(row, -1);
			children.add(row);
			own.add(new ArrayList<>());
			lastClass.add(cls);
			return children.size() - 1;
		}
	}

	/**
	 * Scans characters once, reporting every place where a pattern ends.
	 *
	 * @param chars the characters of a part of the text
	 * @param length how many of them to read
	 * @param offset where the part starts in the text, added to the positions reported
	 */
	void scan(char[] chars, int length, int offset, Hit hit) {
		int[] table = delta;
		char[] map = classOf;
		boolean[] word = WORD;
		int state = 0;
		for (int i = 0; i < length; i++) {
			state = table[state + map[chars[i]]];
			if (state < 0) {
				state = ~state;
				int number = state / classes;
				// inside a word ("ра" in "раунд"), a pattern that must end a word is not reported
				if (bounded[number] && i + 1 < length && word[chars[i + 1]]) {
					continue;
				}
				for (int pattern : ends[number]) {
					hit.hit(pattern, offset + i + 1);
				}
			}
		}
	}

	/** Where a pattern that ends here starts, reading a run of separators as one character. */
	int start(String text, int pattern, int end) {
		int i = end;
		for (int counted = 0; counted < lengths[pattern]; counted++) {
			i--;
			while (classOf[text.charAt(i)] == SEPARATOR && i > 0 && classOf[text.charAt(i - 1)] == SEPARATOR) {
				i--;
			}
		}
		return i;
	}

	/** How many states the automaton has, for the benchmark's report. */
	int states() {
		return ends.length;
	}

	/** How many character classes the table has per state. */
	int classes() {
		return classes;
	}

	/** How many patterns it was built from. */
	int patterns() {
		return lengths.length;
	}
}
