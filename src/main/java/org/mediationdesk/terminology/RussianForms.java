package org.mediationdesk.terminology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import java.util.Objects;

/**
 * Every case and number form of a Russian glossary phrase, with its words agreeing, generated once when the
 * glossary is compiled from the morphological dictionaries that LanguageTool's Russian module ships (a
 * tagger, form → lemma and tag, and a synthesiser, lemma and tag → form; read with morfologik). So
 * "оккупированные территории" gives "оккупированных территориях", "оккупированной территорией" and the rest,
 * and nothing else: "абхазы" is not a form of "Абхазия".
 *
 * <p>A phrase is read as coordinated parts (split on "и"). In each part the head is the first noun in the
 * nominative; the adjectives and participles before it agree with it in case, number and gender; the words
 * after it keep their case ("правительство Республики Абхазия" → "правительству Республики Абхазия"), or, when
 * they are in the nominative like the head (an apposition: "Республика Южная Осетия"), take its case too, both
 * readings being generated. A part without a noun (a modifier such as "оккупированный") takes every gender,
 * number and case. Words the dictionary does not know (Сухум, Цхинвал, цхинвальский) decline like a known word
 * with the same ending (город, Грузия, грузинский); words ending in -и, -о, -е, -у and abbreviations do not
 * decline.
 */
final class RussianForms {

	private static final String[] CASES = { "Nom", "R", "D", "V", "T", "P" };
	private static final String RESOURCES = "org/languagetool/resource/ru/";

	/** The dictionaries, read once per process (about 4 MB), on first use. */
	private static final class Dictionaries {

		static final morfologik.stemming.Dictionary TAGGER = read("russian.dict");
		static final morfologik.stemming.Dictionary SYNTHESISER = read("russian_synth.dict");

		private static morfologik.stemming.Dictionary read(String name) {
			URL url = RussianForms.class.getClassLoader().getResource(RESOURCES + name);
			if (url == null) {
				throw new IllegalStateException("The Russian dictionary " + RESOURCES + name + " is missing");
			}
			try {
				return morfologik.stemming.Dictionary.read(url);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	/** One reading of a word: its lemma and tag split at the colons. */
	private record Reading(String lemma, String[] tag) {

		String pos() {
			return tag[0];
		}

		String last() {
			return tag[tag.length - 1];
		}

		boolean noun() {
			return pos().equals("NN") && tag.length >= 4 && !tag[1].equals("Fam") && !tag[1].equals("Name");
		}

		boolean adjective() {
			return (pos().equals("ADJ") && !tag[1].equals("Short")) || (pos().equals("PT") && !last().equals("Short"));
		}
	}

	/** Declension by analogy for words the dictionary does not know: ending, a known word that declines alike. */
	private static final String[][] ANALOGUES = { { "ский", "грузинский" }, { "цкий", "грузинский" },
			{ "ный", "южный" }, { "ий", "синий" }, { "ой", "большой" }, { "ия", "грузия" }, { "ая", "южный" } };

	private final DictionaryLookup tagger = new DictionaryLookup(Dictionaries.TAGGER);
	private final DictionaryLookup synthesiser = new DictionaryLookup(Dictionaries.SYNTHESISER);

	/** Loads the dictionaries now (the first compile would otherwise pay for it). */
	static void preload() {
		Objects.requireNonNull(Dictionaries.SYNTHESISER);
	}

	/**
	 * The normalised forms of a normalised phrase (see {@link Normalizer#normalize(String)}), the phrase itself
	 * first. A phrase with characters other than letters and spaces is returned as it is.
	 */
	List<String> expand(String text) {
		String phrase = Normalizer.normalize(text);
		Set<String> forms = new LinkedHashSet<>();
		forms.add(phrase);
		if (!phrase.chars().allMatch(c -> c == ' ' || Character.isLetter(c) || Character.isDigit(c))) {
			return List.copyOf(forms);
		}
		String[] words = phrase.split(" ");
		String[] written = new StringBuilder(text.strip()).chars()
			.mapToObj(c -> Normalizer.isSeparator((char) c) ? " " : String.valueOf((char) c))
			.reduce("", String::concat)
			.strip()
			.split(" +");
		for (int w = 0; w < words.length && written.length == words.length; w++) {
			// an abbreviation (РЮО, РА) does not decline
			if (written[w].length() >= 2 && written[w].chars().allMatch(c -> !Character.isLowerCase(c))) {
				words[w] = "\0" + words[w];
			}
		}
		List<Part> parts = new ArrayList<>();
		int from = 0;
		for (int w = 0; w <= words.length; w++) {
			if (w == words.length || words[w].equals("и")) {
				if (w > from) {
					parts.add(new Part(from, w));
				}
				from = w + 1;
			}
		}
		for (Part part : parts) {
			part.analyse(words);
		}
		for (boolean apposition : new boolean[] { false, true }) {
			for (String number : new String[] { null, "Sin", "PL" }) {
				for (String kase : CASES) {
					List<List<String>> options = new ArrayList<>();
					for (String word : words) {
						options.add(List.of(word.replace("\0", "")));
					}
					boolean ok = true;
					for (Part part : parts) {
						ok &= part.inflect(kase, number, apposition, options);
					}
					if (ok) {
						combine(options, 0, new StringBuilder(), forms);
					}
				}
			}
		}
		return List.copyOf(forms);
	}

	private static void combine(List<List<String>> options, int at, StringBuilder prefix, Set<String> out) {
		if (at == options.size()) {
			out.add(Normalizer.normalize(prefix.toString()));
			return;
		}
		int length = prefix.length();
		for (String option : options.get(at)) {
			if (at > 0) {
				prefix.append(' ');
			}
			prefix.append(option);
			combine(options, at + 1, prefix, out);
			prefix.setLength(length);
		}
	}

	/** One coordinated part of a phrase: its head noun and the words that agree with it. */
	private final class Part {

		private final int from;
		private final int to;
		private int head = -1;
		private Reading headReading;
		private final List<Integer> agreeing = new ArrayList<>();
		private final List<Reading> agreeingReadings = new ArrayList<>();
		private final List<Integer> appositions = new ArrayList<>();
		private final List<Reading> appositionReadings = new ArrayList<>();

		Part(int from, int to) {
			this.from = from;
			this.to = to;
		}

		void analyse(String[] words) {
			for (int w = from; w < to && head < 0; w++) {
				Reading noun = reading(words[w], true);
				if (noun != null) {
					head = w;
					headReading = noun;
				}
			}
			int end = head < 0 ? to : head;
			for (int w = from; w < end; w++) {
				Reading adjective = reading(words[w], false);
				if (adjective != null) {
					agreeing.add(w);
					agreeingReadings.add(adjective);
				}
			}
			if (head >= 0) {
				for (int w = head + 1; w < to; w++) {
					Reading noun = reading(words[w], true);
					Reading adjective = noun == null ? reading(words[w], false) : null;
					if (noun == null && adjective == null) {
						break;
					}
					appositions.add(w);
					appositionReadings.add(noun != null ? noun : adjective);
				}
				String headNumber = headReading.tag()[headReading.tag().length - 2];
				if (!appositions.isEmpty()) {
					Reading last = appositionReadings.get(appositionReadings.size() - 1);
					boolean agrees = last.noun() && appositionReadings.stream()
						.allMatch(reading -> !reading.noun() || reading.tag()[reading.tag().length - 2].equals(headNumber));
					if (!agrees) {
						appositions.clear();
						appositionReadings.clear();
					}
				}
			}
		}

		/** Puts the part's forms in a case and number into {@code options}; false if the head has no such form. */
		boolean inflect(String kase, String number, boolean apposition, List<List<String>> options) {
			if (head < 0) {
				if (agreeing.isEmpty()) {
					return true;
				}
				String gender = agreementOf(agreeingReadings.get(0));
				for (int i = 0; i < agreeing.size(); i++) {
					List<String> all = new ArrayList<>();
					for (String g : number == null ? new String[] { gender } : "PL".equals(number) ? new String[] { "PL" }
							: new String[] { "Masc", "Fem", "Neut" }) {
						all.addAll(synthesise(options.get(agreeing.get(i)).get(0), agreeingReadings.get(i), g, null, kase));
					}
					if (all.isEmpty()) {
						return false;
					}
					options.set(agreeing.get(i), all);
				}
				return true;
			}
			String headNumber = number == null ? headReading.tag()[headReading.tag().length - 2] : number;
			List<String> heads = synthesise(options.get(head).get(0), headReading, null, headNumber, kase);
			if (heads.isEmpty()) {
				return false;
			}
			options.set(head, heads);
			String gender = headNumber.equals("PL") ? "PL" : headReading.tag()[headReading.tag().length - 3];
			for (int i = 0; i < agreeing.size(); i++) {
				List<String> forms = synthesise(options.get(agreeing.get(i)).get(0), agreeingReadings.get(i), gender, null,
						agreeingCase(kase, gender));
				if (!forms.isEmpty()) {
					options.set(agreeing.get(i), forms);
				}
			}
			if (apposition && !appositions.isEmpty()) {
				Reading last = appositionReadings.get(appositionReadings.size() - 1);
				String appositionNumber = last.noun() ? last.tag()[last.tag().length - 2] : headNumber;
				String appositionGender = appositionNumber.equals("PL") ? "PL"
						: last.noun() ? last.tag()[last.tag().length - 3] : gender;
				for (int i = 0; i < appositions.size(); i++) {
					Reading reading = appositionReadings.get(i);
					List<String> forms = reading.noun()
							? synthesise(options.get(appositions.get(i)).get(0), reading, null, appositionNumber, kase)
							: synthesise(options.get(appositions.get(i)).get(0), reading, appositionGender, null, kase);
					if (forms.isEmpty()) {
						return false;
					}
					options.set(appositions.get(i), forms);
				}
			}
			return true;
		}

		/** An adjective before a plural or masculine inanimate noun in the accusative takes the nominative form, before an animate one the genitive. */
		private String agreeingCase(String kase, String gender) {
			if (!kase.equals("V") || !(gender.equals("PL") || gender.equals("Masc"))) {
				return kase;
			}
			return headReading.tag()[1].equals("Anim") ? "R" : "Nom";
		}
	}

	private static String agreementOf(Reading adjective) {
		return adjective.tag()[adjective.tag().length - 2];
	}

	/**
	 * A word's reading in the nominative: a noun's ({@code noun}) or an adjective's or participle's. Words the
	 * dictionary does not know are read by their ending, as the word of {@link #ANALOGUES} would be.
	 */
	private Reading reading(String word, boolean noun) {
		if (word.startsWith("\0")) {
			return null;
		}
		List<WordData> found = tagger.lookup(word);
		if (!found.isEmpty()) {
			for (WordData data : found) {
				Reading reading = new Reading(data.getStem().toString(), data.getTag().toString().split(":"));
				if (reading.last().equals("Nom") && (noun ? reading.noun() : reading.adjective())) {
					return reading;
				}
			}
			return null;
		}
		if (word.length() < 3 || !word.chars().allMatch(Character::isLetter)) {
			return null;
		}
		for (String[] analogue : ANALOGUES) {
			if (word.endsWith(analogue[0])) {
				boolean adjective = !analogue[1].equals("грузия");
				if (adjective == noun) {
					return null;
				}
				return new Reading("~" + analogue[1], (adjective ? "ADJ:Posit:Masc:Nom" : "NN:Inanim:Fem:Sin:Nom").split(":"));
			}
		}
		char last = word.charAt(word.length() - 1);
		if (noun && "бвгджзклмнпрстфхцчшщ".indexOf(last) >= 0) {
			return new Reading("~город", "NN:Inanim:Masc:Sin:Nom".split(":"));
		}
		return null;
	}

	/**
	 * The forms of a word for a reading in a case, with a gender or {@code PL} (adjectives) or a number (nouns).
	 * A word read by analogy takes the endings of its analogue.
	 */
	private List<String> synthesise(String word, Reading reading, String gender, String number, String kase) {
		String[] tag = reading.tag().clone();
		tag[tag.length - 1] = kase;
		if (gender != null) {
			tag[tag.length - 2] = gender;
		}
		if (number != null) {
			tag[tag.length - 2] = number;
		}
		boolean analogy = reading.lemma().startsWith("~");
		String lemma = analogy ? reading.lemma().substring(1) : reading.lemma();
		List<String> forms = new ArrayList<>();
		for (WordData data : synthesiser.lookup(lemma + "|" + String.join(":", tag))) {
			String form = data.getStem().toString();
			if (analogy) {
				int common = 0;
				while (common < lemma.length() && common < form.length() && lemma.charAt(common) == form.charAt(common)) {
					common++;
				}
				int cut = lemma.length() - common;
				if (cut > word.length()) {
					continue;
				}
				form = word.substring(0, word.length() - cut) + form.substring(common);
			}
			forms.add(Normalizer.normalize(form));
		}
		return forms;
	}
}
