package org.mediationdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.documents.AuthorKind;
import org.mediationdesk.documents.DocumentDetail;
import org.mediationdesk.documents.DocumentDraft;
import org.mediationdesk.documents.DocumentKind;
import org.mediationdesk.documents.DocumentRegistry;
import org.mediationdesk.formats.ConditionType;
import org.mediationdesk.formats.FormatConditions;
import org.mediationdesk.formats.Scenario;
import org.mediationdesk.identity.Role;
import org.mediationdesk.incidents.IncidentKind;
import org.mediationdesk.incidents.IncidentRegister;
import org.mediationdesk.incidents.Mechanisms;
import org.mediationdesk.incidents.NewIncident;
import org.mediationdesk.incidents.Place;
import org.mediationdesk.incidents.PlacePrecision;
import org.mediationdesk.incidents.TimePrecision;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.texts.NegotiatingTexts;
import org.mediationdesk.texts.StanceKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

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

	/** Pages that are not HTML for a reader, or answer only in the middle of a flow. */
	private static final Set<String> NOT_PAGES = Set.of("GET /error", "GET /login/code", "GET /swagger-ui.html",
			"GET /documents/{id}/files/{language}", "GET /texts/{id}/export", "GET /rounds/export",
			"GET /terminology/glossary/export", "GET /admin/audit/export",
			// a stream of events, an export, feeds: not pages
			"GET /rounds/{number}/meetings/{id}/board/stream", "GET /hotline/console/stream",
			"GET /rounds/{number}/communique/export",
			"GET /feeds/communiques.atom", "GET /calendar/rounds.ics", "GET /feeds/personal/{secret}/communiques.atom",
			"GET /feeds/personal/{secret}/rounds.ics", "GET /incidents/export.csv", "GET /incidents/export.json",
			// a merge's confirmation opens with the incident to merge into (IncidentDuplicatesIntegrationTests reads it)
			"GET /incidents/{id}/merge",
			// opens only with a fresh invitation's link; the invitation tests read it
			"GET /invitations/{token}");

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
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DocumentRegistry documents;

	@Autowired
	NegotiatingTexts texts;

	@Autowired
	FormatConditions conditions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IncidentRegister incidents;

	@Autowired
	Mechanisms mechanisms;

	private final Map<String, Viewer> viewers = new LinkedHashMap<>();
	private final Map<Viewer, MockHttpSession> sessions = new java.util.HashMap<>();
	private final Set<String> dottedPrefixes = new HashSet<>();
	private DocumentDetail document;
	private UUID text;
	private String concept;
	private UUID account;
	private String incident;
	private UUID mechanismMeeting;

	@BeforeAll
	void setUp() throws Exception {
		viewers.put("anonymous", Viewer.anonymous());
		viewers.put("participant", fixtures.viewer(Role.PARTICIPANT, null, "GE"));
		viewers.put("co-chair", fixtures.viewer(Role.CO_CHAIR, Institution.EU, null));
		viewers.put("secretariat", fixtures.viewer(Role.SECRETARIAT, null, null));
		viewers.put("administrator", fixtures.viewer(Role.ADMIN, null, null));
		for (Viewer viewer : viewers.values()) {
			if (!viewer.isAnonymous()) {
				sessions.put(viewer, login(viewer.username(), Fixtures.PASSWORD));
			}
		}
		// a refused login, so that the audit log has one
		login(viewers.get("participant").username(), "not the password");
		Viewer secretariat = viewers.get("secretariat");
		document = documents.file(secretariat, new DocumentDraft("GID/RAW/" + UUID.randomUUID().toString().substring(0, 6),
				"Information note of the co-chairs", DocumentKind.INFORMATION_NOTE, AuthorKind.CO_CHAIRS, null, Audience.everyone(),
				LocalDate.of(2026, 11, 20), Map.of(LanguageCode.EN, "The co-chairs met the participants.")));
		documents.attach(secretariat, document.id(), LanguageCode.EN, "communique.pdf", "%PDF-1.4\n%%EOF\n".getBytes());
		Viewer coChair = viewers.get("co-chair");
		text = texts.create(coChair, new NegotiatingTexts.NewText("GID/RAW/TEXT/" + UUID.randomUUID().toString().substring(0, 6),
				"Statement on the non-use of force", null, null, Audience.allParticipants(), List.of("GE", "RU"))).id();
		String first = texts.addProvision(coChair, text);
		String second = texts.addProvision(coChair, text);
		UUID wording = texts.propose(coChair, text, first,
				new NegotiatingTexts.NewWording("The participants reaffirm [their commitment] to the non-use of force.", null,
						null, false));
		texts.propose(coChair, text, second, new NegotiatingTexts.NewWording("Humanitarian issues are discussed.", null,
				null, false));
		texts.circulate(coChair, text);
		texts.state(fixtures.participant("GE"), text, wording, StanceKind.ACCEPT, null);
		conditions.state(viewers.get("participant"), new Scenario.Condition(null, null, ConditionType.REFUSES_VENUE, null,
				null, null, null, null, null, null, null, "Sochi"));
		concept = jdbc.sql("SELECT code FROM glossary_concept ORDER BY code LIMIT 1").query(String.class).single();
		account = viewers.get("participant").accountId();
		incident = incidents.report(secretariat, new NewIncident("ERG", IncidentKind.DETENTION, List.of(), "2026-03-14",
				TimePrecision.DAY, new Place("near the line", PlacePrecision.ALONG_THE_LINE, null, null), null, null, null,
				"A resident was detained near the line.", null), LanguageCode.EN).publicId();
		mechanismMeeting = mechanisms.meetings(secretariat, "ERG").get(0).id();
		for (Object key : MessageKeys.load("messages.properties").keySet()) {
			String text = key.toString();
			dottedPrefixes.add(text.substring(0, text.indexOf('.') < 0 ? text.length() : text.indexOf('.')));
		}
		dottedPrefixes.addAll(List.of("login", "account", "document", "round", "attendance", "text", "glossary", "process",
				"format-condition", "account-of-event", "session"));
	}

	private MockHttpSession login(String username, String password) throws Exception {
		return (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin().user(username).password(password))
			.andReturn()
			.getRequest()
			.getSession();
	}

	@Test
	void pagesShowLabelsNotCodes() throws Exception {
		Set<String> typed = typedByPeople();
		List<String> findings = new ArrayList<>();
		Set<String> rendered = new TreeSet<>();
		Set<String> pages = new TreeSet<>();
		for (String endpoint : AccessMatrixIntegrationTests.MATRIX.keySet()) {
			String path = endpoint.substring(endpoint.indexOf(' ') + 1);
			if (!endpoint.startsWith("GET ") || NOT_PAGES.contains(endpoint) || path.startsWith("/api/")
					|| path.startsWith("/v3/") || path.startsWith("/actuator") || REWRITTEN_ELSEWHERE.contains(endpoint)) {
				continue;
			}
			pages.add(endpoint);
			String address = path.replace("{id}", id(path))
				.replace("{number}", "5")
				.replace("{revision}", "1")
				.replace("{language}", "EN")
				.replace("{mechanism}", "ERG");
			for (Map.Entry<String, Viewer> named : viewers.entrySet()) {
				for (String language : List.of("en", "ru")) {
					MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(address).param("lang", language);
					if (!named.getValue().isAnonymous()) {
						request.session(sessions.get(named.getValue()));
					}
					MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
					if (response.getStatus() != 200 || response.getContentType() == null
							|| !response.getContentType().startsWith("text/html")) {
						continue;
					}
					rendered.add(endpoint);
					for (String finding : findings(visibleText(response.getContentAsString()), typed)) {
						findings.add(address + " as " + named.getKey() + " (" + language + "): " + finding);
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

	private String id(String path) {
		if (path.startsWith("/mechanisms/")) {
			return mechanismMeeting.toString();
		}
		if (path.startsWith("/incidents/")) {
			return incident;
		}
		if (path.contains("/meetings/{id}") || path.contains("/attendance/{id}")) {
			// a meeting of round 5 with attendance, and an entry of it that no correction has superseded
			Map<String, Object> entry = jdbc.sql("SELECT e.meeting_id, e.id FROM attendance_event e"
					+ " JOIN round_meeting m ON m.id = e.meeting_id JOIN round r ON r.id = m.round_id"
					+ " WHERE r.number = 5 AND e.group_id IS NOT NULL AND NOT EXISTS"
					+ " (SELECT 1 FROM attendance_event c WHERE c.corrects = e.id) ORDER BY e.recorded_at, e.id")
				.query()
				.listOfRows()
				.get(0);
			return String.valueOf(entry.get(path.contains("/meetings/") ? "meeting_id" : "id"));
		}
		if (path.startsWith("/admin/accounts/")) {
			return account.toString();
		}
		if (path.startsWith("/terminology/glossary/")) {
			return concept;
		}
		if (path.contains("/formats/scenarios/")) {
			return "round-5-report-title";
		}
		if (path.startsWith("/texts/")) {
			return text.toString();
		}
		return document.id().toString();
	}
}
