package org.mediationdesk.terminology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;

/**
 * A glossary ready to check texts: the linter, the neutral rendering of a mediator's draft, and the rendering
 * of name placeholders for an audience. Immutable and safe to share; plain Java, for the command line as for
 * the application.
 */
public final class Terminology {

	/** The longest text checked at once, in characters. */
	public static final int MAX_TEXT = 60_000_000;
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z]+):([a-z0-9][a-z0-9-]*)\\}\\}");

	private final Linter linter;

	private Terminology(GlossaryFile glossary) {
		this.linter = new Linter(new Lexicon(glossary));
	}

	public static Terminology of(GlossaryFile glossary) {
		return new Terminology(glossary);
	}

	/** The reference glossary built into the application. */
	public static GlossaryFile referenceGlossary() {
		try (InputStream in = Terminology.class.getClassLoader().getResourceAsStream(GlossaryFile.REFERENCE)) {
			if (in == null) {
				throw new IllegalStateException("The reference glossary " + GlossaryFile.REFERENCE + " is missing");
			}
			return GlossaryFile.read(in.readAllBytes());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public GlossaryFile glossary() {
		return linter.lexicon().file();
	}

	/**
	 * Checks a text. Refuses an empty text, one that is not text (control characters) and one longer than
	 * {@link #MAX_TEXT}, each with a message code that says so.
	 *
	 * @param language the text's language, or {@code null} to tell it from the script
	 */
	public CheckResult check(String text, LanguageCode language, TextKind kind) {
		requireText(text);
		return linter.check(text, language == null ? detectLanguage(text) : language, kind == null ? TextKind.MEDIATOR : kind);
	}

	/** The text's language told from its script: Georgian, Cyrillic or (otherwise) Latin letters, whichever most. */
	public static LanguageCode detectLanguage(String text) {
		int latin = 0;
		int cyrillic = 0;
		int georgian = 0;
		for (int i = 0, n = Math.min(text.length(), 100_000); i < n; i++) {
			Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
			switch (script) {
				case LATIN -> latin++;
				case CYRILLIC -> cyrillic++;
				case GEORGIAN -> georgian++;
				default -> {
					// digits, punctuation and other scripts do not count
				}
			}
		}
		if (georgian > latin && georgian > cyrillic) {
			return LanguageCode.KA;
		}
		return cyrillic > latin ? LanguageCode.RU : LanguageCode.EN;
	}

	/** Refuses what cannot be checked: no text, not text, or too much. */
	static void requireText(String text) {
		if (text == null || text.isBlank()) {
			throw new DeskException.Invalid("terminology.empty");
		}
		if (text.length() > MAX_TEXT) {
			throw new DeskException.Invalid("terminology.tooLong", MAX_TEXT);
		}
		int control = 0;
		for (int i = 0, n = Math.min(text.length(), 65_536); i < n; i++) {
			char c = text.charAt(i);
			if (c == 0 || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
				control++;
			}
		}
		if (control > 8 && control * 100 > Math.min(text.length(), 65_536)) {
			throw new DeskException.Invalid("terminology.notText");
		}
	}

	/** One replacement of the neutral rendering: the words at {@code start}–{@code end} by {@code replacement}. */
	public record Replacement(int start, int end, String original, String replacement) {
	}

	/**
	 * The neutral rendering of a mediator's draft: every blocker and warning in its own wording (not in
	 * quotations) replaced by its suggestion. Returned as replacements to show, never applied silently.
	 */
	public List<Replacement> neutralRendering(CheckResult result) {
		List<Replacement> replacements = new ArrayList<>();
		int replacedTo = 0;
		for (Finding finding : result.findings()) {
			// of two loaded forms that overlap, the first is replaced; the second shows once it is read again
			if (!finding.quoted() && finding.severity() != Severity.OK && finding.suggestion() != null
					&& finding.start() >= replacedTo) {
				replacedTo = finding.end();
				replacements.add(new Replacement(finding.start(), finding.end(), finding.text(), finding.suggestion()));
			}
		}
		return replacements;
	}

	/** The text with the replacements made. */
	public static String apply(String text, List<Replacement> replacements) {
		StringBuilder out = new StringBuilder(text.length());
		int at = 0;
		for (Replacement replacement : replacements) {
			out.append(text, at, replacement.start()).append(replacement.replacement());
			at = replacement.end();
		}
		return out.append(text, at, text.length()).toString();
	}

	/**
	 * Renders placeholders such as {@code {{place:sukhumi}}} into the concept's form for an audience: the form
	 * the co-chairs agreed for that perspective where there is one (a neutral form tagged with it), otherwise
	 * the neutral form, in the language. Unknown concepts are refused, naming them.
	 *
	 * @param audience the perspective of the readers, or {@code null} for everyone
	 */
	public String render(String text, LanguageCode language, Perspective audience) {
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder out = new StringBuilder();
		List<String> unknown = new ArrayList<>();
		while (matcher.find()) {
			String concept = matcher.group(2);
			Optional<String> form = formFor(concept, language, audience);
			if (form.isEmpty()) {
				unknown.add(matcher.group());
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(form.orElse(matcher.group())));
		}
		if (!unknown.isEmpty()) {
			throw new DeskException.Invalid("terminology.unknownPlaceholder", String.join(", ", unknown));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private Optional<String> formFor(String concept, LanguageCode language, Perspective audience) {
		return glossary().concepts()
			.stream()
			.filter(entry -> entry.id().equals(concept))
			.findFirst()
			.flatMap(entry -> {
				List<GlossaryFile.FormEntry> neutral = entry.forms()
					.stream()
					.filter(form -> form.neutral() && form.language() == language)
					.toList();
				return neutral.stream()
					.filter(form -> audience != null && form.perspectives().contains(audience))
					.findFirst()
					.or(() -> neutral.stream().findFirst())
					.map(GlossaryFile.FormEntry::text);
			});
	}

	/**
	 * Whether a text uses a wording: a glossary concept (any of its forms), named by its id; a glossary form,
	 * as written or in a case form; or, for words the glossary does not know, those words as they stand
	 * (compared as the linter compares, on word boundaries).
	 */
	public boolean uses(String text, String term) {
		if (text == null || text.isBlank() || term == null || term.isBlank()) {
			return false;
		}
		String wanted = Normalizer.normalize(term);
		boolean known = glossary().concepts()
			.stream()
			.anyMatch(concept -> concept.id().equals(term)
					|| concept.forms().stream().anyMatch(form -> Normalizer.normalize(form.text()).equals(wanted)));
		if (known) {
			return linter.check(text, detectLanguage(text), TextKind.PRESS)
				.findings()
				.stream()
				.anyMatch(finding -> finding.concept().equals(term) || Normalizer.normalize(finding.form()).equals(wanted));
		}
		String normalized = Normalizer.normalize(text);
		for (int at = normalized.indexOf(wanted); at >= 0; at = normalized.indexOf(wanted, at + 1)) {
			int end = at + wanted.length();
			if ((at == 0 || !Normalizer.isWordChar(normalized.charAt(at - 1)))
					&& (end == normalized.length() || !Normalizer.isWordChar(normalized.charAt(end)))) {
				return true;
			}
		}
		return false;
	}

	/** How the glossary compiled, for the benchmark's report. */
	public Map<String, Integer> size() {
		int forms = glossary().concepts().stream().mapToInt(concept -> concept.forms().size()).sum();
		return Map.of("concepts", glossary().concepts().size(), "forms", forms, "states", linter.lexicon().states(),
				"patterns", linter.lexicon().patterns(), "classes", linter.lexicon().classes());
	}
}
