package org.mediationdesk.terminology;

import java.util.List;

import org.apache.lucene.analysis.ru.RussianLightStemmer;
import org.mediationdesk.shared.LanguageCode;

/**
 * Which words are case forms of a glossary word. Russian words are compared by their stems from Lucene's
 * light Russian stemmer (Сухум, Сухума, Сухуме; Южная Осетия, Южной Осетии). Georgian, which no stemmer at
 * hand covers, follows the rule in {@code docs/terminology.md}: a noun's stem is the nominative without its
 * final -ი (or -ა, -ე), and a word is a case form when it is the stem followed by one of the case endings or
 * postpositions in {@link #GEORGIAN_ENDINGS} (სოხუმი, სოხუმის, სოხუმში, სოხუმიდან). English words are compared
 * as they are; the glossary lists their plural forms.
 */
final class Inflection {

	/**
	 * Georgian case endings and the postpositions written as one word with the noun, after the stem: the
	 * nominative -ი, ergative -მა/-მ, dative -ს, genitive -ის, instrumental -ით, adverbial -ად, with -ში (in),
	 * -ზე (on), -თან (at), -დან (from), -კენ (towards), -თვის (for), -გან (from, by), -მდე (up to), the
	 * plural -ებ- before them, and the full forms with -ა that stand before "და" (and): -ისა, -ითა, -ადა.
	 */
	static final List<String> GEORGIAN_ENDINGS = List.of("ებისთვის", "ისთვის", "ებისკენ", "ებიდან", "ებისა", "ებითა",
			"ისკენ", "ისგან", "ებში", "ებზე", "ებთან", "ებით", "ებმა", "ებს", "ების", "ები", "იდან", "ადან", "ამდე",
			"სთვის", "სკენ", "სგან", "თვის", "თან", "დან", "ისა", "ითა", "ადა", "ში", "ზე", "ით", "ად", "ის", "მა", "ს",
			"მ", "ი", "ა", "ე", "");

	private static final java.util.Set<String> ENDINGS = java.util.Set.copyOf(GEORGIAN_ENDINGS);
	private static final RussianLightStemmer RUSSIAN = new RussianLightStemmer();

	private Inflection() {
	}

	/** Whether the forms of this language take case endings that the glossary does not list. */
	static boolean inflects(LanguageCode language) {
		return language == LanguageCode.RU || language == LanguageCode.KA;
	}

	/** The stem of a normalised (lower-case) word: what every case form of it begins with. */
	static String stem(LanguageCode language, String word) {
		return switch (language) {
			case RU -> {
				char[] chars = word.toCharArray();
				yield new String(chars, 0, RUSSIAN.stem(chars, chars.length));
			}
			case KA -> word.length() > 2 && "იაე".indexOf(word.charAt(word.length() - 1)) >= 0
					? word.substring(0, word.length() - 1) : word;
			case EN -> word;
		};
	}

	/** Whether a normalised word of a text is a case form of a glossary word with this stem. */
	static boolean isCaseForm(LanguageCode language, String word, String stem) {
		char[] chars = word.toCharArray();
		return isCaseForm(language, chars, chars.length, stem);
	}

	/**
	 * Whether the first {@code length} characters of {@code word} (normalised; they may be changed) are a case
	 * form of a glossary word with this stem.
	 */
	static boolean isCaseForm(LanguageCode language, char[] word, int length, String stem) {
		if (length < stem.length()) {
			return false;
		}
		for (int i = 0; i < stem.length(); i++) {
			if (word[i] != stem.charAt(i)) {
				return false;
			}
		}
		return switch (language) {
			case RU -> RUSSIAN.stem(word, length) == stem.length();
			case KA -> length == stem.length() || ENDINGS.contains(new String(word, stem.length(), length - stem.length()));
			case EN -> length == stem.length();
		};
	}
}
