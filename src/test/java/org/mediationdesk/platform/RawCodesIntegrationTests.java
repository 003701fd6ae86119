package org.mediationdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mediationdesk.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Every page of the access matrix, as each kind of reader who may open it, in English and in Russian, over a
 * realistic record (the reference process with its walkouts, a negotiating text with provisions and a stance, a
 * condition, documents, audit entries with a refused login): the visible text carries no code of the program. No
 * enum name ({@code WALKED_OUT}), identifier, {@code null}, exception name, message or audit code
 * ({@code login.succeeded}), ISO timestamp, bracketed plural ({@code provision(s)}), bracketed audience
 * ({@code [CO_CHAIRS]}) or provision id ({@code para_2}). What people typed (titles, symbols, names) is theirs and is
 * not read for codes.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RawCodesIntegrationTests {

	/**
	 * Pages being rewritten elsewhere at the time of writing, whose labels are fixed there; each leaves this list
	 * when its new version lands. Keep it short.
	 */
	static final Set<String> REWRITTEN_ELSEWHERE = Set.of();

	private static final List<Check> CHECKS = List.of(
			new Check("an enum-like code", Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9]\\b"), true),
			new Check("an identifier", Pattern.compile(
					"\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b"), false),
			new Check("null", Pattern.compile("\\bnull\\b"), false),
			new Check("an exception", Pattern.compile("\\b[A-Z][A-Za-z]+(?:Exception|Error)\\b"), false),
			new Check("an ISO timestamp", Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"), false),
			// "Sukhum(i)", "Цхинвал(и)": the neutral names of places, not a plural
			new Check("a bracketed plural", Pattern.compile(
					"\\p{L}(?<!Sukhum|Tskhinval|Сухум|Цхинвал)\\((?:s|es|а|и|ы|ов|ей|-?ась|-?ся|-?а)\\)"), false),
			new Check("a bracketed code", Pattern.compile("\\[[A-Z][A-Z_]+]"), false),
			new Check("a provision id", Pattern.compile("\\bpara_\\d+\\b"), true));

	/** A dotted code: a message key or an audit action ({@code login.succeeded}), not a file name. */
	private static final Pattern DOTTED = Pattern.compile("\\b([a-z][a-zA-Z-]*)\\.([a-z][a-zA-Z_-]*)\\b");
	private static final Set<String> FILE_ENDINGS = Set.of("pdf", "docx", "json", "txt", "md", "html", "csv", "xml",
			"org", "com", "net", "key", "pem", "jar", "properties", "yaml", "yml", "ics", "atom", "zip");

	record Check(String name, Pattern pattern, boolean outsideSymbols) {
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	private final Set<String> dottedPrefixes = new HashSet<>();
	private PageTour tour;

	@BeforeAll
	void setUp() throws Exception {
		tour = new PageTour(context);
		for (Object key : MessageKeys.load("messages.properties").keySet()) {
			String text = key.toString();
			dottedPrefixes.add(text.substring(0, text.indexOf('.') < 0 ? text.length() : text.indexOf('.')));
		}
		dottedPrefixes.addAll(List.of("login", "account", "document", "round", "attendance", "text", "glossary", "process",
				"format-condition", "account-of-event", "session"));
	}

	@Test
	void pagesShowLabelsNotCodes() throws Exception {
		Set<String> typed = typedByPeople();
		List<String> findings = new ArrayList<>();
		Set<String> rendered = new TreeSet<>();
		Set<String> pages = new TreeSet<>();
		for (String endpoint : PageTour.pages()) {
			if (REWRITTEN_ELSEWHERE.contains(endpoint)) {
				continue;
			}
			pages.add(endpoint);
			String address = tour.address(endpoint);
			for (String reader : tour.readers()) {
				for (String language : List.of("en", "ru")) {
					MockHttpServletResponse response = tour.open(address, reader, language);
					if (!PageTour.opened(response)) {
						continue;
					}
					rendered.add(endpoint);
					for (String finding : findings(visibleText(response.getContentAsString()), typed)) {
						findings.add(address + " as " + reader + " (" + language + "): " + finding);
					}
				}
			}
		}
		assertThat(rendered).as("every page opens for someone, so that each was read").containsAll(pages);
		assertThat(findings).isEmpty();
	}

	@Test
	void findsTheCodesItLooksFor() {
		Set<String> none = Set.of();
		assertThat(findings("Walked out: WALKED_OUT at 2026-11-20T10:15:30.123456Z by null", none)).hasSize(3);
		assertThat(findings("login.succeeded BadCredentialsException 3 provision(s) [CO_CHAIRS] para_2", none))
			.hasSize(6);
		assertThat(findings("The co-chairs circulated Rev. 2 of GID/TEXT/CO_CHAIRS/1 (matrix.pdf)", none)).isEmpty();
		assertThat(findings("Document 3f1c2a9e-5b7d-4c1e-9a2b-1234567890ab", none)).hasSize(1);
		assertThat(findings("participants from Sukhum(i), участники из Цхинвал(и); разослал(а)", none)).hasSize(1);
		assertThat(findings("Title: Matrix CO_CHAIRS", Set.of("Matrix CO_CHAIRS"))).isEmpty();
	}

	private List<String> findings(String visible, Set<String> typed) {
		String text = visible;
		for (String value : typed) {
			text = text.replace(value, " ");
		}
		String outsideSymbols = text.replaceAll("\\S*/\\S*", " ");
		List<String> found = new ArrayList<>();
		for (Check check : CHECKS) {
			Matcher matcher = check.pattern().matcher(check.outsideSymbols() ? outsideSymbols : text);
			while (matcher.find()) {
				found.add(check.name() + " \"" + matcher.group() + "\" in …" + around(text, matcher.group()) + "…");
			}
		}
		Matcher dotted = DOTTED.matcher(outsideSymbols);
		while (dotted.find()) {
			if (dottedPrefixes.contains(dotted.group(1)) && !FILE_ENDINGS.contains(dotted.group(2))) {
				found.add("a code \"" + dotted.group() + "\" in …" + around(text, dotted.group()) + "…");
			}
		}
		return found;
	}

	private static String around(String text, String found) {
		int at = Math.max(0, text.indexOf(found));
		return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + found.length() + 40));
	}

	/** What a reader sees: the body's text and the words of its attributes, without code samples or script. */
	private static String visibleText(String html) {
		Document page = Jsoup.parse(html);
		page.select("script, style, template, code, pre, kbd, samp, [hidden], data").remove();
		StringBuilder text = new StringBuilder(page.title()).append('\n').append(page.body().text());
		for (Element element : page.body().select("[title], [placeholder], [aria-label], [alt]")) {
			for (String attribute : List.of("title", "placeholder", "aria-label", "alt")) {
				text.append('\n').append(element.attr(attribute));
			}
		}
		return text.toString();
	}

	/** What people wrote into the record: titles, symbols and names, read as they are. */
	private Set<String> typedByPeople() {
		Set<String> typed = new TreeSet<>((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.compareTo(b));
		for (String sql : List.of("SELECT title FROM document", "SELECT symbol FROM document",
				"SELECT title FROM negotiating_text", "SELECT symbol FROM negotiating_text", "SELECT display_name FROM account",
				"SELECT username FROM account", "SELECT file_name FROM language_version",
				// a name typed at a refused login, which the administrator's audit page names as typed
				"SELECT actor FROM audit_entry WHERE action = 'login.failed'")) {
			jdbc.sql(sql).query(String.class).list().stream().filter(value -> value != null && value.length() > 2)
				.forEach(typed::add);
		}
		return typed;
	}
}
