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
		double[] evidence = new double[Perspective.values().length];
		int total = 0;
		int blockers = 0;
		int warnings = 0;
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
					double[] weights = form.evidence();
					for (int p = 0; p < weights.length; p++) {
						evidence[p] += weights[p];
					}
				}
				if (findings.size() < MAX_FINDINGS) {
					findings.add(finding(text, match, cursor, quoted, language));
				}
			}
			from = to;
		}
		double sum = 0;
		double top = 0;
		double second = 0;
		for (double value : evidence) {
			sum += value;
			if (value > top) {
				second = top;
				top = value;
			}
			else if (value > second) {
				second = value;
			}
		}
		Map<Perspective, Double> profile = new EnumMap<>(Perspective.class);
		for (Perspective perspective : Perspective.values()) {
			profile.put(perspective, sum == 0 ? 0.0 : round(evidence[perspective.ordinal()] / sum));
		}
		// how sure: the lead of the strongest over the next, scaled by how much evidence there is
		double confidence = sum == 0 ? 0.0 : round((top - second) / top * (1 - Math.exp(-sum / EVIDENCE_SCALE)));
		boolean passed = kind != TextKind.MEDIATOR || blockers == 0;
		return new CheckResult(language, kind, passed, blockers, warnings, total, List.copyOf(findings), profile,
				confidence);
	}

	/** The evidence at which the confidence reaches about 63% of the lead (two blockers of one side). */
	static final double EVIDENCE_SCALE = 4.0;
	private static final int PERSPECTIVES = Perspective.values().length;

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

	/**
	 * Adds what a form outside quotations tells about whose text it is. Only distinguishing usage counts: a
	 * loaded form (warning or blocker) speaks for the perspectives that use it, a neutral form only for the
	 * international organisations (whose usage it is by definition; the sides that also use it are not told
	 * apart by it). Each weighs log(perspectives / perspectives using it), the log-odds of that usage against
	 * the others' under a uniform prior, so that a form one side alone uses outweighs one shared by three;
	 * a blocker counts twice a warning's, a neutral form half.
	 */
	static void weigh(GlossaryFile.FormEntry entry, double[] evidence) {
		List<Perspective> users = entry.severity() == Severity.OK
				? entry.perspectives().contains(Perspective.INTL) ? List.of(Perspective.INTL) : List.of()
				: entry.perspectives();
		if (users.isEmpty() || users.size() >= PERSPECTIVES) {
			return;
		}
		double severity = switch (entry.severity()) {
			case BLOCKER -> 2.0;
			case WARNING -> 1.0;
			case OK -> 0.5;
		};
		double weight = severity * Math.log(PERSPECTIVES / (double) users.size());
		for (Perspective perspective : users) {
			evidence[perspective.ordinal()] += weight;
		}
	}

	private Finding finding(String text, Lexicon.Match match, Cursor cursor, boolean quoted, LanguageCode language) {
		Lexicon.Form form = match.form();
		GlossaryFile.FormEntry entry = form.entry();
		String suggestion = null;
		String why = null;
		if (entry.severity() != Severity.OK) {
			suggestion = entry.suggestion() != null ? entry.suggestion()
					: match.formEnd() < match.end() ? text.substring(match.formEnd(), match.end()).strip()
					: suggestion(form.concept().id(), entry.language(), language);
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
	 * Quotations nest: « » and “ ” and „ “, straight double quotes and single quotes (' and ‘ ’) each open and
	 * close their own; a straight double quote right after a digit is an inch mark, and a single quote or ’
	 * between letters is an apostrophe. As writers use them, a quotation left open ends with its paragraph
	 * (a line break), unless the next paragraph opens with a quotation mark: then it goes on, and that mark
	 * opens nothing new.
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
			for (char quote : new char[] { '\u00AB', '\u00BB', '\u201C', '\u201D', '\u201E', '"', '\'', '\u2018',
					'\u2019' }) {
				KIND[quote] = QUOTE;
			}
		}

		private final String text;
		/** The quotation marks open at the position, innermost last. */
		private final StringBuilder open = new StringBuilder();
		private int position;
		private int line = 1;
		private int lineStart;
		/** After a paragraph that left a quotation open, when the next one opens with a quotation mark. */
		private boolean continuation;

		Cursor(String text) {
			this.text = text;
		}

		void advanceTo(int target) {
			for (; position < target; position++) {
				char c = text.charAt(position);
				switch (KIND[c]) {
					case ORDINARY -> continuation = false;
					case SPACE -> {
						// white space changes nothing
					}
					case NEWLINE -> {
						line++;
						lineStart = position + 1;
						if (!open.isEmpty()) {
							continuation = opensParagraph(position + 1);
							if (!continuation) {
								open.setLength(0);
							}
						}
					}
					default -> {
						if (continuation) {
							continuation = false;
						}
						else {
							quote(c);
						}
					}
				}
			}
		}

		/** Whether the next paragraph after a line break (past blank lines) opens with a quotation mark. */
		private boolean opensParagraph(int from) {
			for (int i = from; i < text.length(); i++) {
				char c = text.charAt(i);
				if (KIND[c] == QUOTE) {
					return c != '\u00BB' && c != '\u201D';
				}
				if (KIND[c] == ORDINARY) {
					return false;
				}
			}
			return false;
		}

		private void quote(char c) {
			char innermost = open.isEmpty() ? 0 : open.charAt(open.length() - 1);
			if (c == '\'' || c == '\u2018' || c == '\u2019') {
				single(c);
				return;
			}
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

		/**
		 * A single quote: it opens after a non-letter before a letter (' or ‘), closes an open single quotation
		 * before a non-letter (' or ’), and is otherwise an apostrophe (Georgia's, д’Артаньян).
		 */
		private void single(char c) {
			boolean before = position > 0 && Normalizer.isWordChar(text.charAt(position - 1));
			boolean after = position + 1 < text.length() && Normalizer.isWordChar(text.charAt(position + 1));
			if (c != '\u2019' && !before && after) {
				open.append('\'');
			}
			else if (c != '\u2018' && !after && open.indexOf("'") >= 0
					&& (position == 0 || !Character.isWhitespace(text.charAt(position - 1)))) {
				close('\'');
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
