package org.mediationdesk.communique;

import java.lang.Character.UnicodeScript;
import java.time.LocalDate;
import java.util.List;

import org.mediationdesk.shared.DateFormats;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The sentences of a communiqué in a language, from the message bundles ({@code communique.text.*}): each language
 * has its own, none falls back to another. Dates are ICU's, from each language's CLDR patterns (Georgian included),
 * and a round's days are written as a range ("7–8 December 2026").
 */
@Component
class Phrases {

	private final MessageSource messages;

	Phrases(MessageSource messages) {
		this.messages = messages;
	}

	String say(LanguageCode language, String code, Object... arguments) {
		return messages.getMessage(code, arguments, language.locale());
	}

	/** A day: "7 December 2026" (the talks write English dates day first), "7 декабря 2026 г.", "7 დეკემბერი, 2026". */
	String date(LanguageCode language, LocalDate date) {
		return DateFormats.cldrDay(date, language);
	}

	/** A round's dates: one day, or its days as one range. */
	String dates(LanguageCode language, LocalDate start, LocalDate end) {
		return DateFormats.cldrRange(start, end, language);
	}

	/**
	 * Sentences joined into one passage, each after the first beginning with a capital letter where its language has
	 * them: a sentence that the bundles write to follow a colon ("In Working Group I: the participants discussed …")
	 * must not begin in lower case after a full stop. Georgian has no capitals for a sentence (its Mtavruli letters are
	 * for all-capital headings), so a Georgian sentence is left as it is.
	 */
	static String sentences(List<String> sentences) {
		StringBuilder joined = new StringBuilder();
		for (String sentence : sentences) {
			if (!joined.isEmpty()) {
				joined.append(' ').append(capitalised(sentence));
			}
			else {
				joined.append(sentence);
			}
		}
		return joined.toString();
	}

	/** A sentence as recorded, closed by a full stop if it ends without one (a decision is often recorded without). */
	static String closed(String sentence) {
		String text = sentence.strip();
		return text.matches("(?s).*[.!?\u2026][\"\u201D\u00BB\u201C)]*") ? text : text + ".";
	}

	/** The sentence with its first letter in upper case (after any quotation mark), unless its script has no case. */
	static String capitalised(String sentence) {
		for (int i = 0; i < sentence.length(); i = sentence.offsetByCodePoints(i, 1)) {
			int letter = sentence.codePointAt(i);
			if (Character.isLetter(letter)) {
				if (!Character.isLowerCase(letter) || UnicodeScript.of(letter) == UnicodeScript.GEORGIAN) {
					return sentence;
				}
				return sentence.substring(0, i) + Character.toString(Character.toTitleCase(letter))
						+ sentence.substring(sentence.offsetByCodePoints(i, 1));
			}
		}
		return sentence;
	}
}
