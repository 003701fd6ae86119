package org.mediationdesk.terminology;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.mediationdesk.shared.LanguageCode;

/**
 * The linter's throughput on one thread, with the reference glossary and with a synthetic glossary of 1,000
 * concepts in three languages, over about 50 MB of mixed English, Russian and Georgian text; beside it, in
 * the same run, a baseline that finds the same forms with one big {@code java.util.regex} alternation, and
 * the ceiling of a single-pattern {@code String.indexOf} scan. Run with {@code bench/terminology.sh}.
 */
public final class LinterBenchmark {

	private static final String[] EN = { "The co-chairs met the participants in Geneva", "Both working groups met",
			"discussed the situation on the ground", "freedom of movement across the dividing line",
			"the humanitarian needs of the conflict-affected population", "agreed to meet again",
			"reviewed the incidents reported through the hotline", "the next round was scheduled" };
	private static final String[] RU = { "Сопредседатели встретились с участниками в Женеве",
			"обе рабочие группы провели заседания", "обсудили положение на месте", "свобода передвижения",
			"гуманитарные потребности населения", "договорились встретиться снова", "следующий раунд назначен" };
	private static final String[] KA = { "თანათავმჯდომარეები შეხვდნენ მონაწილეებს ჟენევაში",
			"ორივე სამუშაო ჯგუფი შეიკრიბა", "განიხილეს ვითარება ადგილზე", "გადაადგილების თავისუფლება",
			"ჰუმანიტარული საჭიროებები", "შეთანხმდნენ ისევ შეხვედრაზე" };

	private LinterBenchmark() {
	}

	public static void main(String[] args) {
		int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 50;
		GlossaryFile reference = Terminology.referenceGlossary();
		Terminology compiled = Terminology.of(reference);
		System.out.println("evaluation corpus (blockers outside quotations; side = perspective with the highest share):");
		for (LanguageCode language : LanguageCode.values()) {
			System.out.println("  " + Corpus.figures(compiled, language));
		}
		GlossaryFile synthetic = synthetic(1000, new Random(7));
		String text = text(megabytes * 1_000_000, reference, new Random(11));
		long bytes = text.getBytes(StandardCharsets.UTF_8).length;
		System.out.printf("text: %,d characters, %,d bytes of UTF-8 (English, Russian and Georgian sentences, about one"
				+ " glossary form per 400 characters)%n", text.length(), bytes);

		double ceiling = best(3, () -> {
			int found = 0;
			for (int at = text.indexOf("zqxjv"); at >= 0; at = text.indexOf("zqxjv", at + 1)) {
				found++;
			}
			return found;
		}, bytes);
		System.out.printf("ceiling, String.indexOf of one pattern: %,.0f MB/s%n", ceiling);

		for (Map.Entry<String, GlossaryFile> glossary : Map.of("reference", reference, "synthetic 1,000 concepts", synthetic)
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.toList()) {
			long compileStart = System.nanoTime();
			Terminology terminology = Terminology.of(glossary.getValue());
			double compileMs = (System.nanoTime() - compileStart) / 1e6;
			Map<String, Integer> size = terminology.size();
			double linter = best(5, () -> terminology.check(text, LanguageCode.EN, TextKind.MEDIATOR).total(), bytes);
			// the regex baseline is slow: it reads a slice and its rate is given per byte of that slice
			String slice = text.substring(0, Math.min(text.length(), 2_000_000));
			long sliceBytes = slice.getBytes(StandardCharsets.UTF_8).length;
			Pattern alternation = alternation(glossary.getValue());
			double regex = best(2, () -> {
				int found = 0;
				Matcher matcher = alternation.matcher(slice);
				while (matcher.find()) {
					found++;
				}
				return found;
			}, sliceBytes);
			System.out.printf("%s glossary (%,d concepts, %,d forms, %,d patterns with the Russian forms expanded, %,d"
					+ " automaton states, %,d character classes; compiled in %,.0f ms):%n", glossary.getKey(),
					size.get("concepts"), size.get("forms"), size.get("patterns"), size.get("states"), size.get("classes"),
					compileMs);
			System.out.printf("  linter: %,.0f MB/s; regex alternation: %,.1f MB/s (on a %,d-byte slice)%n", linter, regex,
					sliceBytes);
			System.out.printf("  linter / regex = %.0fx (target >= 20x); ceiling / linter = %.1fx (target <= 4x);"
					+ " linter >= 200 MB/s: %s%n", linter / regex, ceiling / linter, linter >= 200 ? "yes" : "no");
		}
	}

	interface Run {
		int run();
	}

	/** The best rate of some runs, in MB (10^6 bytes) per second, after one warm-up run. */
	private static double best(int runs, Run run, long bytes) {
		int sink = run.run();
		double best = 0;
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			sink += run.run();
			double seconds = (System.nanoTime() - start) / 1e9;
			best = Math.max(best, bytes / 1e6 / seconds);
		}
		if (sink == Integer.MIN_VALUE) {
			System.out.println(sink);
		}
		return best;
	}

	/** One case-insensitive alternation of every form, longest first, on word boundaries. */
	private static Pattern alternation(GlossaryFile glossary) {
		String forms = glossary.concepts()
			.stream()
			.flatMap(concept -> concept.forms().stream())
			.map(GlossaryFile.FormEntry::text)
			.sorted((a, b) -> b.length() - a.length())
			.map(Pattern::quote)
			.collect(Collectors.joining("|"));
		return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + forms + ")(?![\\p{L}\\p{N}])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/** Sentences in the three languages with, about every 400 characters, a form of the glossary. */
	private static String text(int length, GlossaryFile glossary, Random random) {
		List<String> forms = glossary.concepts().stream().flatMap(c -> c.forms().stream()).map(GlossaryFile.FormEntry::text).toList();
		StringBuilder text = new StringBuilder(length + 1000);
		String[][] languages = { EN, EN, RU, KA };
		int nextForm = 400;
		while (text.length() < length) {
			String[] language = languages[random.nextInt(languages.length)];
			text.append(language[random.nextInt(language.length)]);
			if (text.length() > nextForm) {
				text.append(' ').append(forms.get(random.nextInt(forms.size())));
				nextForm += 400;
			}
			text.append(random.nextInt(6) == 0 ? ".\n" : ". ");
		}
		return text.toString();
	}

	/** A glossary of made-up words: per concept, in each language, a neutral form and three loaded ones. */
	static GlossaryFile synthetic(int concepts, Random random) {
		Map<LanguageCode, String> alphabets = new HashMap<>();
		alphabets.put(LanguageCode.EN, "abcdefghijklmnopqrstuvwxyz");
		alphabets.put(LanguageCode.RU, "абвгдежзийклмнопрстуфхцчшщыэюя");
		alphabets.put(LanguageCode.KA, "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ");
		List<GlossaryFile.ConceptEntry> entries = new ArrayList<>();
		java.util.Set<String> used = new java.util.HashSet<>();
		for (int c = 0; c < concepts; c++) {
			List<GlossaryFile.FormEntry> forms = new ArrayList<>();
			for (LanguageCode language : LanguageCode.values()) {
				for (int f = 0; f < 4; f++) {
					String text;
					do {
						text = word(alphabets.get(language), random) + (random.nextBoolean() ? " " + word(alphabets.get(language), random) : "");
					}
					while (!used.add(language + text));
					forms.add(new GlossaryFile.FormEntry(language, text, f == 0, f == 0 ? List.of() : List.of(Perspective.values()[f]),
							f == 0 ? Severity.OK : f == 1 ? Severity.BLOCKER : Severity.WARNING, Map.of("en", "made up"), null));
				}
			}
			entries.add(new GlossaryFile.ConceptEntry("c" + c, "test", Map.of("en", "Concept " + c), forms));
		}
		return new GlossaryFile(GlossaryFile.FORMAT_VERSION, entries);
	}

	private static String word(String alphabet, Random random) {
		int length = 4 + random.nextInt(8);
		StringBuilder word = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			word.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return word.toString();
	}
}
