package org.mediationdesk.terminology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.mediationdesk.shared.LanguageCode;

/**
 * The evaluation corpus ({@code src/test/resources/terminology/corpus}): short passages written for the project,
 * each with the blocker findings it must produce and the side it reads as, and the figures computed over them
 * per language. Read by {@code CorpusTests} and printed by {@code LinterBenchmark}.
 */
final class Corpus {

	/** A side a passage reads as: a perspective, or {@code NONE} when no form tells. */
	static final String NONE = "NONE";

	record Passage(String id, LanguageCode language, String side, List<String> blockers, String text) {
	}

	/** What the check made of one passage. */
	record Outcome(Passage passage, List<String> found, String readAs) {

		List<String> missed() {
			return minus(passage.blockers(), found);
		}

		List<String> extra() {
			return minus(found, passage.blockers());
		}

		boolean sideRight() {
			return passage.side().equals(readAs);
		}

		private static List<String> minus(List<String> from, List<String> taken) {
			List<String> rest = new ArrayList<>(from);
			for (String text : taken) {
				rest.remove(text);
			}
			return rest;
		}
	}

	/** Precision and recall of blockers, accuracy of the side, over the passages of one language. */
	record Figures(LanguageCode language, int passages, int expected, int found, int right, int sidesRight,
			List<Outcome> wrong) {

		double precision() {
			return found == 0 ? 1.0 : right / (double) found;
		}

		double recall() {
			return expected == 0 ? 1.0 : right / (double) expected;
		}

		double sideAccuracy() {
			return passages == 0 ? 0.0 : sidesRight / (double) passages;
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT,
					"%s: %d passages, blockers precision %.3f recall %.3f (%d expected, %d found, %d right),"
							+ " side accuracy %.3f (%d of %d)",
					language.name().toLowerCase(Locale.ROOT), passages, precision(), recall(), expected, found, right,
					sideAccuracy(), sidesRight, passages);
		}
	}

	private Corpus() {
	}

	static List<Passage> read(LanguageCode language) {
		String name = "terminology/corpus/" + language.name().toLowerCase(Locale.ROOT) + ".txt";
		String content;
		try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("The corpus " + name + " is missing");
			}
			content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		List<Passage> passages = new ArrayList<>();
		for (String block : content.split("(?m)^=== ")) {
			if (block.isBlank()) {
				continue;
			}
			String[] lines = block.split("\n", 3);
			String[] header = lines[0].strip().split(" side=");
			if (header.length != 2 || !lines[1].startsWith("blockers:")) {
				throw new IllegalStateException("A passage of " + name + " has no id, side or blockers: " + lines[0]);
			}
			String expected = lines[1].substring("blockers:".length()).strip();
			List<String> blockers = expected.isEmpty() ? List.of()
					: Arrays.stream(expected.split(" \\| ")).map(String::strip).toList();
			passages.add(new Passage(header[0], language, header[1].strip(), blockers, lines[2].strip()));
		}
		return passages;
	}

	static Outcome check(Terminology terminology, Passage passage) {
		CheckResult result = terminology.check(passage.text(), passage.language(), TextKind.MEDIATOR);
		List<String> found = result.findings().stream().filter(Finding::blocks).map(Finding::text).toList();
		Optional<Perspective> strongest = result.strongest();
		String readAs = !result.distinctive() ? NONE : strongest.map(Perspective::name).orElse("a tie");
		return new Outcome(passage, found, readAs);
	}

	static Figures figures(Terminology terminology, LanguageCode language) {
		int expected = 0;
		int found = 0;
		int right = 0;
		int sides = 0;
		List<Passage> passages = read(language);
		List<Outcome> wrong = new ArrayList<>();
		for (Passage passage : passages) {
			Outcome outcome = check(terminology, passage);
			expected += passage.blockers().size();
			found += outcome.found().size();
			right += outcome.found().size() - outcome.extra().size();
			sides += outcome.sideRight() ? 1 : 0;
			if (!outcome.sideRight() || !outcome.missed().isEmpty() || !outcome.extra().isEmpty()) {
				wrong.add(outcome);
			}
		}
		return new Figures(language, passages.size(), expected, found, right, sides, wrong);
	}

	/** The figures of every language, for a report. */
	static Map<LanguageCode, Figures> all(Terminology terminology) {
		Map<LanguageCode, Figures> all = new HashMap<>();
		for (LanguageCode language : LanguageCode.values()) {
			all.put(language, figures(terminology, language));
		}
		return all;
	}

	static String describe(Outcome outcome) {
		return outcome.passage().id() + ": side " + outcome.passage().side() + ", read as " + outcome.readAs()
				+ "; missed " + outcome.missed() + "; extra " + outcome.extra();
	}
}
