package org.mediationdesk.terminology;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.mediationdesk.shared.LanguageCode;

/**
 * Which words of a text are case forms of a Georgian glossary word. No dictionary at hand covers Georgian, so
 * the module follows the rule set in {@code docs/terminology.md}, each rule tested form by form in
 * {@code InflectionTests}:
 * <ol>
 * <li>A noun whose nominative ends in -ი (სოხუმი) has the stem without it (სოხუმ) and takes the endings of
 * {@link #CONSONANT_STEM}: the cases, the postpositions written as one word with it, the plural -ებ- before
 * them, and the long forms with -ა before და.</li>
 * <li>A noun ending in -ა (ტერიტორია) keeps the -ა before most endings (ტერიტორიას, ტერიტორიაზე,
 * ტერიტორიამ) and drops it in the genitive, the instrumental and the plural (ტერიტორიის, ტერიტორიით,
 * ტერიტორიები): the stem is the word without -ა and the endings are {@link #A_STEM}.</li>
 * <li>A noun ending in -ო, -ე or -უ (სამაჩაბლო) keeps its vowel: the endings of {@link #VOWEL_STEM}.</li>
 * <li>A word that stands before the last word of a form is a modifier: an adjective in -ი (ოკუპირებული)
 * is the stem with -ი (nominative, genitive, instrumental), with -მა (ergative) or bare (dative, adverbial,
 * and before a postposition: ოკუპირებულ აფხაზეთში); a genitive in -ის (ცხინვალის რეგიონი) and any other word
 * (სამხრეთ) stays as written. A word before და (and) is a noun of its own and follows rules 1 to 3, with the
 * long forms before და (აფხაზეთსა და სამხრეთ ოსეთში).</li>
 * </ol>
 * Russian forms are not matched by rule: {@link RussianForms} lists them all from a dictionary. English
 * words are compared as written; the glossary lists their plurals.
 */
final class Inflection {

	/** After a stem that lost its -ი: the cases, the postpositions, the plural and the long forms. */
	static final Set<String> CONSONANT_STEM = endings(Stream.of("", "ი", "მა", "ს", "ის", "ით", "ად", "ში", "ზე", "თან",
			"იდან", "ისკენ", "ისთვის", "ისგან", "ამდე", "ისა", "ითა", "ადა", "სა"), true);
	/** After a stem that lost its -ა. */
	static final Set<String> A_STEM = endings(Stream.of("ა", "ამ", "ას", "ის", "ით", "ად", "აში", "აზე", "ასთან", "იდან",
			"ადან", "ასკენ", "ისკენ", "ასთვის", "ისთვის", "ისგან", "ამდე", "ისა", "ითა", "ასა"), true);
	/** After a word ending in -ო, -ე or -უ, kept whole. */
	static final Set<String> VOWEL_STEM = endings(Stream.of("", "მ", "ს", "თი", "დ", "ში", "ზე", "სთან", "დან", "სკენ",
			"სთვის", "სგან", "მდე", "სა", "თა"), false);
	/** An adjective before the noun it qualifies. */
	static final Set<String> ADJECTIVE = Set.of("ი", "მა", "");

	private static Set<String> endings(Stream<String> singular, boolean plural) {
		Stream<String> all = singular;
		if (plural) {
			all = Stream.concat(all, Stream.of("ები", "ებმა", "ებს", "ების", "ებით", "ებად", "ებში", "ებზე", "ებთან",
					"ებიდან", "ებისკენ", "ებისთვის", "ებისგან", "ებამდე", "ებისა", "ებითა"));
		}
		return all.collect(Collectors.toUnmodifiableSet());
	}

	/** A word's stem and the endings that may follow it; no endings means "as written". */
	record Rule(String stem, Set<String> endings) {

		static Rule asWritten(String word) {
			return new Rule(word, Set.of(""));
		}
	}

	private Inflection() {
	}

	/** Whether the forms of this language take case endings that the glossary does not list. */
	static boolean inflects(LanguageCode language) {
		return language == LanguageCode.KA;
	}

	/**
	 * The rule for a normalised word of a glossary form.
	 *
	 * @param last whether it is the last word of the form (the noun) or stands before და; the words before it
	 *        are modifiers
	 */
	static Rule rule(LanguageCode language, String word, boolean last) {
		if (language != LanguageCode.KA || word.length() < 3) {
			return Rule.asWritten(word);
		}
		char end = word.charAt(word.length() - 1);
		String stem = word.substring(0, word.length() - 1);
		if (!last) {
			return end == 'ი' && !word.endsWith("ის") ? new Rule(stem, ADJECTIVE) : Rule.asWritten(word);
		}
		return switch (end) {
			case 'ი' -> new Rule(stem, CONSONANT_STEM);
			case 'ა' -> new Rule(stem, A_STEM);
			case 'ო', 'ე', 'უ' -> new Rule(word, VOWEL_STEM);
			default -> Rule.asWritten(word);
		};
	}

	/** Whether a normalised word of a text is a case form under a rule. */
	static boolean isCaseForm(String word, Rule rule) {
		char[] chars = word.toCharArray();
		return isCaseForm(chars, chars.length, rule);
	}

	/** Whether the first {@code length} characters of {@code word} (normalised) are a case form under a rule. */
	static boolean isCaseForm(char[] word, int length, Rule rule) {
		String stem = rule.stem();
		if (length < stem.length()) {
			return false;
		}
		for (int i = 0; i < stem.length(); i++) {
			if (word[i] != stem.charAt(i)) {
				return false;
			}
		}
		return rule.endings().contains(new String(word, stem.length(), length - stem.length()));
	}
}
