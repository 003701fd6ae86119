package org.mediationdesk.terminology;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.mediationdesk.shared.LanguageCode;

/**
 * Reads a text against a compiled glossary: finds the forms, places them by line and column, tells which
 * stand inside quotations, and sums up whose vocabulary the text uses. Plain Java, so that the command line
 * runs it without the application.
 */
final class Linter {

	/** The findings listed per text; more are counted, not listed. */
	static final int MAX_FINDINGS = 10_000;
	/** The text is read in parts of about this many characters, cut at the end of a sentence. */
	static final int SEGMENT = 1 << 20;

	private final Lexicon lexicon;

	Linter(Lexicon lexicon) {
		this.lexicon = lexicon;
	}

	Lexicon lexicon() {
		return lexicon;
	}

	/**
	 * @param language the language of the text, for the explanations' language (Russian for Russian, else
	 * English) and the suggestions where a form's own language has no neutral form
	 */
	CheckResult check(String text, LanguageCode language, TextKind kind) {
		List<Finding> findings = new ArrayList<>();
		int[] counts = new int[Perspective.values().length];
		int total = 0;
		int blockers = 0;
		int warnings = 0;
		int profiled = 0;
		Cursor cursor = new Cursor(text);
		char[] buffer = new char[Math.min(text.length(), SEGMENT + 1)];
		for (int from = 0; from < text.length();) {
			int to = segmentEnd(text, from);
			for (Lexicon.Match match : lexicon.matches(text, from, to, buffer)) {
				cursor.advanceTo(match.start());
				Lexicon.Form form = match.form();
				boolean quoted = cursor.quoted();
				total++;
				if (!quoted) {
					blockers += form.entry().severity() == Severity.BLOCKER ? 1 : 0;
					warnings += form.entry().severity() == Severity.WARNING ? 1 : 0;
					if (!form.entry().perspectives().isEmpty()) {
						profiled++;
						for (Perspective perspective : form.entry().perspectives()) {
							counts[perspective.ordinal()]++;
						}
					}
				}
				if (findings.size() < MAX_FINDINGS) {
					findings.add(finding(text, match, cursor, quoted, language));
				}
			}
			from = to;
		}
		Map<Perspective, Double> profile = new EnumMap<>(Perspective.class);
		for (Perspective perspective : Perspective.values()) {
			profile.put(perspective, profiled == 0 ? 0.0 : counts[perspective.ordinal()] / (double) profiled);
		}
		boolean passed = kind != TextKind.MEDIATOR || blockers == 0;
		return new CheckResult(language, kind, passed, blockers, warnings, total, List.copyOf(findings), profile);
	}

	private Finding finding(String text, Lexicon.Match match, Cursor cursor, boolean quoted, LanguageCode language) {
		Lexicon.Form form = match.form();
		GlossaryFile.FormEntry entry = form.entry();
		String suggestion = null;
		String why = null;
		if (entry.severity() != Severity.OK) {
			suggestion = entry.suggestion() != null ? entry.suggestion() : suggestion(form.concept().id(), entry.language(), language);
			why = entry.why(language);
		}
		return new Finding(match.start(), match.end(), cursor.line(), match.start() - cursor.lineStart() + 1,
				text.substring(match.start(), match.end()), form.concept().id(), entry.perspectives(), entry.severity(),
				suggestion, why, quoted, entry.text());
	}

	private String suggestion(String concept, LanguageCode formLanguage, LanguageCode textLanguage) {
		for (LanguageCode candidate : new LanguageCode[] { formLanguage, textLanguage, LanguageCode.EN }) {
			String neutral = lexicon.neutralForm(concept, candidate);
			if (neutral != null) {
				return neutral;
			}
		}
		return null;
	}

	/** The end of a part: the end of a sentence (or at least of a line, or a word) near the segment size. */
	static int segmentEnd(String text, int from) {
		if (text.length() - from <= SEGMENT) {
			return text.length();
		}
		int limit = from + SEGMENT;
		int fallback = -1;
		for (int i = limit; i > limit - 20_000 && i > from; i--) {
			char c = text.charAt(i);
			if (c == '\n' && ".!?:;".indexOf(text.charAt(i - 1)) >= 0) {
				return i;
			}
			if (fallback < 0 && Normalizer.isSeparator(c)) {
				fallback = i;
			}
		}
		return fallback > 0 ? fallback : limit;
	}

	/**
	 * Walks the text once, forward, keeping the line and whether the position stands inside a quotation.
	 * Quotations nest: « » and “ ” and „ “ and straight double quotes each open and close their own; a
	 * straight double quote right after a digit is an inch mark; a blank line ends every quotation.
	 */
	static final class Cursor {

		private static final byte ORDINARY = 0;
		private static final byte SPACE = 1;
		private static final byte NEWLINE = 2;
		private static final byte QUOTE = 3;
		private static final byte[] KIND = new byte[Character.MAX_VALUE + 1];

		static {
			for (int c = 0; c <= Character.MAX_VALUE; c++) {
				KIND[c] = Character.isWhitespace((char) c) ? SPACE : ORDINARY;
			}
			KIND['\n'] = NEWLINE;
			for (char quote : new char[] { '\u00AB', '\u00BB', '\u201C', '\u201D', '\u201E', '"' }) {
				KIND[quote] = QUOTE;
			}
		}

		private final String text;
		/** The quotation marks open at the position, innermost last. */
		private final StringBuilder open = new StringBuilder();
		private int position;
		private int line = 1;
		private int lineStart;
		private boolean blankLine;

		Cursor(String text) {
			this.text = text;
		}

		void advanceTo(int target) {
			for (; position < target; position++) {
				char c = text.charAt(position);
				switch (KIND[c]) {
					case ORDINARY -> blankLine = false;
					case SPACE -> {
						// white space keeps a line blank
					}
					case NEWLINE -> {
						if (blankLine) {
							open.setLength(0);
						}
						blankLine = true;
						line++;
						lineStart = position + 1;
					}
					default -> {
						quote(c);
						blankLine = false;
					}
				}
			}
		}

		private void quote(char c) {
			char innermost = open.isEmpty() ? 0 : open.charAt(open.length() - 1);
			switch (c) {
				case '\u00AB', '\u201E' -> open.append(c);
				case '\u00BB' -> close('\u00AB');
				case '\u201D' -> close('\u201C');
				// “ closes „…“ and opens “…”
				case '\u201C' -> {
					if (innermost == '\u201E') {
						open.setLength(open.length() - 1);
					}
					else {
						open.append(c);
					}
				}
				default -> {
					if (innermost == '"') {
						open.setLength(open.length() - 1);
					}
					else if (position == 0 || !Character.isDigit(text.charAt(position - 1))) {
						open.append('"');
					}
				}
			}
		}

		/** Closes the innermost quotation opened with this mark, and any left open inside it. */
		private void close(char opener) {
			int at = open.lastIndexOf(String.valueOf(opener));
			if (at >= 0) {
				open.setLength(at);
			}
		}

		boolean quoted() {
			return !open.isEmpty();
		}

		int line() {
			return line;
		}

		int lineStart() {
			return lineStart;
		}
	}
}
