package org.mediationdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.documents.AuthorKind;
import org.mediationdesk.documents.DocumentDraft;
import org.mediationdesk.documents.DocumentKind;
import org.mediationdesk.documents.DocumentRegistry;
import org.mediationdesk.formats.ConditionType;
import org.mediationdesk.formats.FormatConditions;
import org.mediationdesk.formats.Scenario;
import org.mediationdesk.identity.ApiTokens;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.platform.AccessMatrixIntegrationTests.Rule;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.terminology.Glossary;
import org.mediationdesk.terminology.GlossaryFile;
import org.mediationdesk.terminology.Severity;
import org.mediationdesk.texts.NegotiatingTexts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input never makes a server error. Every endpoint of the registry that the access matrix declares
 * ({@link AccessMatrixIntegrationTests#MATRIX}, read with the methods that answer them) is sent, as a
 * logged-in user of a role that may use it, values of every malformed kind: in every form field, query
 * parameter, header, JSON property, uploaded file and path variable that its method declares, each kind
 * with the other values plausible, so that what is malformed reaches as far as it can. A 5xx, or an exception
 * that escapes the application, fails the test; a page form sent with a tampered or missing CSRF token must
 * be refused with 403.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedInputIntegrationTests {

	/** The malformed kinds of value. */
	enum Kind {
		/** Dates and times that do not parse ({@code 30/11/2026}, {@code 25:61}). */
		UNPARSABLE_DATE,
		/** Numbers and flags that do not parse, or overflow. */
		UNPARSABLE_NUMBER,
		/** A value of a fixed set that is not one of it. */
		UNKNOWN_ENUM,
		/** An id that is not a UUID. */
		MALFORMED_ID,
		/** Texts longer than any column (4,001 characters). */
		OVER_LONG,
		/** Texts, bodies and files of 1 MB. */
		MEGABYTE,
		/** A lone UTF-16 surrogate, in texts and as a JSON escape. */
		LONE_SURROGATE,
		/** Bidirectional controls (right-to-left override, isolates, marks). */
		BIDI_CONTROLS,
		/** NUL, bell, carriage return and line feed in single-line texts. */
		CONTROL_CHARACTERS,
		/** JSON nested 20,000 deep, and a record file nested 600 deep. */
		DEEP_NESTING,
		/** A body that is not JSON at all, cut off, or of the wrong shape. */
		BROKEN_JSON,
		/** 1 MB of random bytes, not UTF-8. */
		GARBAGE_BYTES,
		/** Path variables that name nothing or cannot be read. */
		MALFORMED_PATH,
		/** A page form with a CSRF token whose tail was altered, or none. */
		BROKEN_CSRF
	}

	private static final String PLAIN = "Robustness check";

	private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	/** Stands for a lone surrogate in JSON, written as the escape {@code \ud800} once serialised. */
	private static final String SURROGATE_MARK = "@@lone-surrogate@@";

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DocumentRegistry documents;

	@Autowired
	RoundRecord rounds;

	@Autowired
	org.mediationdesk.process.RoundManagement roundManagement;

	@Autowired
	NegotiatingTexts texts;

	@Autowired
	Glossary glossary;

	@Autowired
	FormatConditions conditions;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	JsonMapper json;

	private Viewer secretariat;
	private Viewer participant;
	private Viewer admin;
	private Viewer tokenOwner;
	private UUID document;
	private int round;
	private UUID text;
	private UUID wording;
	private UUID targetAccount;
	private String concept;
	private String condition;

	private final Random random = new Random(12);
	private final byte[] garbage = new byte[1 << 20];
	private final String megabyte = "x".repeat(1 << 20);

	@BeforeAll
	void setUp() {
		random.nextBytes(garbage);
		secretariat = fixtures.viewer(Role.SECRETARIAT, null, null);
		participant = fixtures.viewer(Role.PARTICIPANT, null, "GE");
		admin = fixtures.viewer(Role.ADMIN, null, null);
		tokenOwner = fixtures.viewer(Role.PARTICIPANT, null, "RU");
		targetAccount = fixtures.viewer(Role.PARTICIPANT, null, "SO").accountId();
		document = documents.file(secretariat, new DocumentDraft("GID/ROBUST/" + UUID.randomUUID().toString().substring(0, 6),
				"Robustness", DocumentKind.NON_PAPER, AuthorKind.CO_CHAIRS, null, Audience.coChairs(),
				LocalDate.of(2031, 1, 1), Map.of(LanguageCode.EN, "text"))).id();
		documents.attach(secretariat, document, LanguageCode.EN, "robust.pdf", PDF);
		round = roundManagement.convene(secretariat, LocalDate.of(2034, 2, 1), LocalDate.of(2034, 2, 2), null, false).number();
		Viewer coChair = fixtures.coChair(Institution.EU);
		text = texts.create(coChair, new NegotiatingTexts.NewText("GID/ROBUST/TEXT/" + UUID.randomUUID().toString()
			.substring(0, 6), "Robustness text", null, null, Audience.allParticipants(), List.of("GE", "RU"))).id();
		texts.addProvision(coChair, text);
		wording = texts.propose(coChair, text, "para_1", new NegotiatingTexts.NewWording("A wording.", null, null, false));
		texts.circulate(coChair, text);
		concept = "robustness-concept";
		glossary.save("robustness", null, new GlossaryFile.ConceptEntry(concept, "test", Map.of("en", "Robustness"),
				List.of(new GlossaryFile.FormEntry(LanguageCode.EN, "robustland", true, List.of(), Severity.OK, Map.of(),
						null))));
		condition = conditions.state(participant, new Scenario.Condition(null, null, ConditionType.REFUSES_VENUE, null,
				null, null, null, null, null, null, null, "Robustville")).id();
	}

	@Test
	void answersEveryMalformedValueOfEveryEndpointWithoutAServerError() throws Exception {
		Map<String, HandlerMethod> handlers = AccessMatrixIntegrationTests.handlers(context);
		List<String> failures = new ArrayList<>();
		Set<String> walked = new LinkedHashSet<>();
		int requests = 0;
		for (Map.Entry<String, Rule> endpoint : AccessMatrixIntegrationTests.MATRIX.entrySet()) {
			if (endpoint.getValue() == Rule.ERROR_PAGE) {
				continue;
			}
			String method = endpoint.getKey().substring(0, endpoint.getKey().indexOf(' '));
			String pattern = endpoint.getKey().substring(endpoint.getKey().indexOf(' ') + 1);
			HandlerMethod handler = handlers.get(endpoint.getKey());
			for (Kind kind : Kind.values()) {
				for (Probe probe : probes(method, pattern, endpoint.getValue(), handler, kind)) {
					requests++;
					walked.add(endpoint.getKey());
					int status;
					try {
						status = mvc.perform(probe.request()).andReturn().getResponse().getStatus();
					}
					catch (Exception escaped) {
						failures.add(endpoint.getKey() + " " + kind + " " + probe.what() + ": " + escaped);
						continue;
					}
					if (status >= 500 || (probe.expected() != 0 && status != probe.expected())) {
						failures.add(endpoint.getKey() + " " + kind + " " + probe.what() + ": " + status);
					}
				}
			}
		}
		System.out.println("Malformed input: " + requests + " requests to " + walked.size() + " endpoints");
		assertThat(walked).hasSize((int) AccessMatrixIntegrationTests.MATRIX.values().stream()
			.filter(rule -> rule != Rule.ERROR_PAGE).count());
		assertThat(requests).isGreaterThan(walked.size() * 8);
		assertThat(failures).isEmpty();
	}

	/**
	 * A body whose type is a wildcard, unknown or garbled is refused with 415 by every API call that reads a body,
	 * whatever the body.
	 */
	@Test
	void refusesABodyOfAWildcardUnknownOrGarbledTypeWith415() throws Exception {
		Map<String, HandlerMethod> handlers = AccessMatrixIntegrationTests.handlers(context);
		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (Map.Entry<String, Rule> endpoint : AccessMatrixIntegrationTests.MATRIX.entrySet()) {
			String method = endpoint.getKey().substring(0, endpoint.getKey().indexOf(' '));
			String pattern = endpoint.getKey().substring(endpoint.getKey().indexOf(' ') + 1);
			if (!pattern.startsWith("/api/") || bodyParameter(handlers.get(endpoint.getKey())) == null) {
				continue;
			}
			Viewer viewer = viewerFor(endpoint.getValue());
			// (a character set that does not exist: EveryAnswerIntegrationTests, on the server)
			for (String type : List.of("application/*", "*/*", "*/json", "application/x-unknown", "garbage",
					"application/*+json", "text/*; q=x")) {
				requests++;
				int status = mvc.perform(MockMvcRequestBuilders.request(HttpMethod.valueOf(method),
						URI.create(path(pattern, viewer, false)))
					.with(authentication(Fixtures.authentication(viewer)))
					.header("Content-Type", type)
					.content("{}".getBytes(StandardCharsets.UTF_8))).andReturn().getResponse().getStatus();
				if (status != 415) {
					failures.add(endpoint.getKey() + " with " + type + ": " + status);
				}
			}
		}
		assertThat(requests).isGreaterThan(100);
		assertThat(failures).isEmpty();
	}

	/** A list of a body with an empty (null) element is refused with a problem detail naming the list. */
	@Test
	void refusesANullInsideAListOfABodyWithAProblemDetailNamingIt() throws Exception {
		var response = mvc.perform(MockMvcRequestBuilders.patch("/api/v1/rounds/" + round + "/meetings/" + meeting())
			.with(authentication(Fixtures.authentication(secretariat)))
			.contentType("application/json")
			.content("{\"invitedGroups\": [\"GE\", null]}")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("invitedGroups")
			.contains("\"code\":\"error.nullElement\"");
	}

	/** A row index of the glossary's form that is out of range, negative or no number is the sender's to fix. */
	@Test
	void refusesAGlossaryFormRowThatCannotBeAddressed() throws Exception {
		for (String row : List.of("forms[100000].text", "forms[-1].text", "forms[abc].text", "forms[99999999999].text",
				"forms[].text")) {
			var response = mvc.perform(MockMvcRequestBuilders.post("/terminology/glossary")
				.with(authentication(Fixtures.authentication(secretariat)))
				.with(csrf())
				.param("id", "robust-row")
				.param("category", "test")
				.param("nameEn", "Robust row")
				.param(row, "robustland")).andReturn().getResponse();
			assertThat(response.getStatus()).as(row).isEqualTo(400);
			assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(row).contains("forms");
		}
	}

	/** The error page's own address, asked for directly, is not a page: 404, for every method. */
	@Test
	void answersTheErrorPageAskedForDirectlyWithNotFound() throws Exception {
		for (String path : List.of("/error", "/error/", "/error/500", "/error?status=500")) {
			assertThat(mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse().getStatus()).as(path)
				.isEqualTo(404);
			assertThat(mvc.perform(MockMvcRequestBuilders.get(path).with(authentication(Fixtures.authentication(secretariat))))
				.andReturn()
				.getResponse()
				.getStatus()).as(path).isEqualTo(404);
		}
		assertThat(mvc.perform(MockMvcRequestBuilders.post("/error").with(csrf())).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	/** One request, what it sends, and the status it must get (0: any but a 5xx). */
	record Probe(AbstractMockHttpServletRequestBuilder<?> request, String what, int expected) {

		/** The same request with this JSON body instead. */
		Probe withJson(String body) {
			request.contentType("application/json").content(body.getBytes(StandardCharsets.UTF_8));
			return this;
		}
	}

	private List<Probe> probes(String method, String pattern, Rule rule, HandlerMethod handler, Kind kind)
			throws Exception {
		boolean page = !pattern.startsWith("/api/") && !pattern.startsWith("/v3/") && !pattern.startsWith("/actuator");
		boolean get = method.equals("GET");
		Viewer viewer = viewerFor(rule);
		List<Probe> probes = new ArrayList<>();
		if (kind == Kind.BROKEN_CSRF) {
			if (page && !get) {
				probes.add(new Probe(tamper(build(method, path(pattern, viewer, false), handler, Kind.OVER_LONG, viewer, true),
						true), "a CSRF token with an altered tail", 403));
				probes.add(new Probe(tamper(build(method, path(pattern, viewer, false), handler, Kind.OVER_LONG, viewer, true),
						false), "no CSRF token", 403));
			}
			return probes;
		}
		if (kind == Kind.MALFORMED_PATH) {
			if (pattern.contains("{")) {
				probes.add(new Probe(build(method, path(pattern, viewer, true), handler, Kind.OVER_LONG, viewer, page && !get),
						"malformed path variables", 0));
			}
			return probes;
		}
		if (get && (kind == Kind.MEGABYTE || kind == Kind.GARBAGE_BYTES || kind == Kind.DEEP_NESTING
				|| kind == Kind.BROKEN_JSON)) {
			return probes; // a GET has no body
		}
		if (!get && !hasBody(handler) && (kind == Kind.DEEP_NESTING || kind == Kind.BROKEN_JSON)) {
			// no body is read: one request with a JSON body it should ignore
			probes.add(new Probe(build(method, path(pattern, viewer, false), handler, kind, viewer, page), "an unread body",
					0).withJson("[".repeat(20_000)));
			return probes;
		}
		probes.add(new Probe(build(method, path(pattern, viewer, false), handler, kind, viewer, page && !get),
				"every declared value", 0));
		if (kind == Kind.BROKEN_JSON && bodyParameter(handler) != null) {
			for (String broken : List.of("{\"", "[1, 2, 3]", "\"text\"", "{\"a\": {\"b\": nul}}", "null", "")) {
				probes.add(new Probe(build(method, path(pattern, viewer, false), handler, kind, viewer, false), broken, 0)
					.withJson(broken));
			}
		}
		return probes;
	}

	private AbstractMockHttpServletRequestBuilder<?> tamper(AbstractMockHttpServletRequestBuilder<?> request, boolean altered) {
		return request.with(built -> {
			String token = built.getParameter("_csrf");
			if (altered && token != null) {
				built.setParameter("_csrf", token.substring(0, token.length() - 4) + "AAAA");
			}
			else {
				built.removeParameter("_csrf");
			}
			return built;
		});
	}

	private Viewer viewerFor(Rule rule) {
		return switch (rule) {
			case ADMIN -> admin;
			case PARTICIPANT, CONDITION_HOLDER, MEETING_PARTICIPANT -> participant;
			case TOKEN_OWNER -> tokenOwner;
			default -> secretariat;
		};
	}

	/** A meeting of the test's round, for the meetings' endpoints; a probe of the removal may have taken the last (and
	 * a probe of the postponement moved the round, so the meeting has no day). */
	private UUID meeting() {
		List<org.mediationdesk.process.MeetingView> meetings = rounds.meetings(round);
		if (!meetings.isEmpty()) {
			return meetings.get(0).id();
		}
		return roundManagement.addMeeting(secretariat, round, new org.mediationdesk.process.NewMeeting(
				org.mediationdesk.process.MeetingKind.WORKING_GROUP_I, null, null, null, null, null,
				List.of("GE", "RU"))).id();
	}

	/** The path with its variables: plausible ones, or malformed. */
	private String path(String pattern, Viewer viewer, boolean malformed) {
		String id;
		if (pattern.contains("/tokens/")) {
			id = apiTokens.issue(viewer, "robustness").id().toString();
		}
		else if (pattern.startsWith("/admin/accounts/")) {
			id = targetAccount.toString();
		}
		else if (pattern.startsWith("/terminology/glossary/")) {
			id = concept;
		}
		else if (pattern.contains("/formats/scenarios/")) {
			id = "round-5-report-title";
		}
		else if (pattern.contains("/texts/")) {
			id = text.toString();
		}
		else if (pattern.contains("/meetings/{id}")) {
			id = meeting().toString();
		}
		else {
			id = document.toString();
		}
		return pattern.replace("{id}", encode(malformed ? "not-a-uuid\u202E" : id))
			.replace("{code}", encode(malformed ? "\uD800" : condition))
			.replace("{mechanism}", encode(malformed ? "\uD800\u0000" : "ERG"))
			.replace("{revision}", malformed ? "99999999999" : "1")
			.replace("{eId}", encode(malformed ? "para_\u0000" : "para_1"))
			.replace("{wording}", encode(malformed ? "zzz" : wording.toString()))
			.replace("{number}", malformed ? "99999999999" : String.valueOf(round))
			.replace("{language}", malformed ? "XX" : "EN")
			.replace("{secret}", encode(malformed ? "\uD800../%" : "M".repeat(43)))
			.replace("{token}", encode(malformed ? "\uD800\u0000<x>" : "no-such-invitation"))
			.replace("/**", "/liveness");
	}

	private static String encode(String segment) {
		return UriUtils.encodePathSegment(segment, StandardCharsets.UTF_8);
	}

	private AbstractMockHttpServletRequestBuilder<?> build(String method, String path, HandlerMethod handler, Kind kind,
			Viewer viewer, boolean withCsrf) throws Exception {
		boolean multipart = handler != null && java.util.Arrays.stream(handler.getMethodParameters())
			.anyMatch(parameter -> MultipartFile.class.isAssignableFrom(parameter.getParameterType()));
		AbstractMockHttpServletRequestBuilder<?> request;
		if (multipart && !method.equals("GET")) {
			MockMultipartHttpServletRequestBuilder upload = MockMvcRequestBuilders.multipart(HttpMethod.valueOf(method),
					URI.create(path));
			for (MethodParameter parameter : handler.getMethodParameters()) {
				if (MultipartFile.class.isAssignableFrom(parameter.getParameterType())) {
					upload.file(file(name(parameter), kind));
				}
			}
			request = upload;
		}
		else {
			request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), URI.create(path));
		}
		request.with(authentication(Fixtures.authentication(viewer)));
		if (withCsrf) {
			request.with(csrf());
		}
		if (handler == null) {
			return request;
		}
		for (MethodParameter parameter : handler.getMethodParameters()) {
			Class<?> type = parameter.getParameterType();
			if (parameter.hasParameterAnnotation(PathVariable.class) || MultipartFile.class.isAssignableFrom(type)) {
				continue;
			}
			if (parameter.hasParameterAnnotation(RequestBody.class)) {
				byte[] body = body(parameter.getGenericParameterType(), kind);
				if (convening(path, "end", kind)) {
					body = new String(body, StandardCharsets.UTF_8).replace("\"end\":\"2031-06-01\"", "\"end\":\"" + BEFORE_START
							+ "\"").getBytes(StandardCharsets.UTF_8);
				}
				request.contentType("application/json").content(body);
			}
			else if (parameter.hasParameterAnnotation(RequestHeader.class)) {
				RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
				String name = header.name().isEmpty() ? header.value() : header.name();
				request.header(name, value(String.class, kind));
			}
			else if (parameter.hasParameterAnnotation(RequestParam.class)) {
				request.param(name(parameter), value(type, kind));
			}
			else if (type.isRecord()) {
				// a form: every field of it
				for (RecordComponent component : type.getRecordComponents()) {
					Class<?> field = component.getType();
					if (Collection.class.isAssignableFrom(field)) {
						request.param(component.getName(), value(elementClass(component.getGenericType()), kind),
								value(elementClass(component.getGenericType()), Kind.OVER_LONG));
					}
					else {
						request.param(component.getName(), convening(path, component.getName(), kind) ? BEFORE_START
								: value(field, kind));
					}
				}
			}
		}
		return request;
	}

	/** An end date before the plausible start date (2031-06-01): a round with it is refused, and not convened. */
	private static final String BEFORE_START = "2031-05-01";

	/**
	 * Whether a probe to convene a round gets an end before its start. Other tests read the timeline, so the
	 * probes convene no round: only over-long values keep plausible dates, as they must be refused for their
	 * length, before any round is stored (which is what this test would see fail if they were not).
	 */
	private static boolean convening(String path, String field, Kind kind) {
		return (path.equals("/rounds") || path.equals("/api/v1/rounds")) && field.equals("end") && kind != Kind.OVER_LONG
				&& kind != Kind.MEGABYTE;
	}

	private static boolean hasBody(HandlerMethod handler) {
		return bodyParameter(handler) != null || (handler != null && java.util.Arrays.stream(handler.getMethodParameters())
			.anyMatch(parameter -> MultipartFile.class.isAssignableFrom(parameter.getParameterType())));
	}

	private static MethodParameter bodyParameter(HandlerMethod handler) {
		if (handler == null) {
			return null;
		}
		return java.util.Arrays.stream(handler.getMethodParameters())
			.filter(parameter -> parameter.hasParameterAnnotation(RequestBody.class))
			.findFirst()
			.orElse(null);
	}

	private static String name(MethodParameter parameter) {
		RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
		if (param != null && !param.name().isEmpty()) {
			return param.name();
		}
		if (param != null && !param.value().isEmpty()) {
			return param.value();
		}
		return parameter.getParameterName();
	}

	private MockMultipartFile file(String name, Kind kind) {
		return switch (kind) {
			case OVER_LONG, MEGABYTE -> new MockMultipartFile(name, "big.pdf", "application/pdf", megabyte.getBytes());
			case GARBAGE_BYTES -> new MockMultipartFile(name, "garbage.json", "application/json", garbage);
			case DEEP_NESTING -> new MockMultipartFile(name, "deep.json", "application/json",
					("{\"formatVersion\":2,\"rounds\":" + "[".repeat(600) + "]".repeat(600) + "}").getBytes());
			case BROKEN_JSON -> new MockMultipartFile(name, "broken.json", "application/json", "{\"".getBytes());
			case BIDI_CONTROLS -> new MockMultipartFile(name, "annex\u202Efdp.pdf", "application/pdf", PDF);
			case LONE_SURROGATE -> new MockMultipartFile(name, "annex\uD800.pdf", "application/pdf", PDF);
			case CONTROL_CHARACTERS -> new MockMultipartFile(name, "annex\u0000\r\n.pdf", "application/pdf", PDF);
			default -> new MockMultipartFile(name, "robust.pdf", "application/pdf", PDF);
		};
	}

	/** A form, query or header value of the type, malformed if the kind is of that type. */
	private String value(Class<?> type, Kind kind) {
		if (type == LocalDate.class) {
			return kind == Kind.UNPARSABLE_DATE ? "30/11/2026" : "2031-06-01";
		}
		if (type == LocalTime.class) {
			return kind == Kind.UNPARSABLE_DATE ? "25:61" : "10:00";
		}
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
			return kind == Kind.UNPARSABLE_NUMBER ? "99999999999999999999" : "1";
		}
		if (type == boolean.class || type == Boolean.class) {
			return kind == Kind.UNPARSABLE_NUMBER ? "maybe" : "true";
		}
		if (type.isEnum()) {
			return kind == Kind.UNKNOWN_ENUM ? "NONSENSE" : ((Enum<?>) type.getEnumConstants()[0]).name();
		}
		if (type == UUID.class) {
			return kind == Kind.MALFORMED_ID ? "not-a-uuid" : UUID.randomUUID().toString();
		}
		return switch (kind) {
			case OVER_LONG -> "x".repeat(4_001);
			case MEGABYTE -> megabyte;
			case LONE_SURROGATE -> "a\uD800b\uDC00";
			case BIDI_CONTROLS -> "Rep\u202Eort\u2066 \u200Fname\u061C";
			case CONTROL_CHARACTERS -> "a\u0000b\u0007c\r\nd";
			case UNPARSABLE_NUMBER -> "seven";
			default -> PLAIN;
		};
	}

	/** A JSON body of the type, malformed as the kind says. */
	private byte[] body(Type type, Kind kind) {
		return switch (kind) {
			case DEEP_NESTING -> ("[".repeat(20_000) + "]".repeat(20_000)).getBytes(StandardCharsets.UTF_8);
			case GARBAGE_BYTES -> garbage;
			case BROKEN_JSON -> "{\"".getBytes(StandardCharsets.UTF_8);
			default -> json.writeValueAsString(tree(type, kind, 0))
				.replace(SURROGATE_MARK, "\\ud800")
				.getBytes(StandardCharsets.UTF_8);
		};
	}

	private Object tree(Type type, Kind kind, int depth) {
		Class<?> raw = rawClass(type);
		if (depth > 5) {
			return null;
		}
		if (raw.isRecord()) {
			Map<String, Object> object = new LinkedHashMap<>();
			for (RecordComponent component : raw.getRecordComponents()) {
				object.put(component.getName(), tree(component.getGenericType(), kind, depth + 1));
			}
			return object;
		}
		if (Collection.class.isAssignableFrom(raw)) {
			return List.of(tree(typeArgument(type, 0), kind, depth + 1));
		}
		if (Map.class.isAssignableFrom(raw)) {
			Class<?> key = rawClass(typeArgument(type, 0));
			String name = key.isEnum() ? ((Enum<?>) key.getEnumConstants()[0]).name() : "key";
			return Map.of(name, tree(typeArgument(type, 1), kind, depth + 1));
		}
		if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class || raw == double.class
				|| raw == Double.class) {
			return kind == Kind.UNPARSABLE_NUMBER ? "seven" : 1;
		}
		if (raw == boolean.class || raw == Boolean.class) {
			return kind == Kind.UNPARSABLE_NUMBER ? "maybe" : true;
		}
		if (raw == String.class && kind == Kind.LONE_SURROGATE) {
			return "a" + SURROGATE_MARK + "b";
		}
		if (raw == String.class || raw.isEnum() || raw == UUID.class || raw == LocalDate.class || raw == LocalTime.class) {
			return value(raw, kind);
		}
		return Map.of();
	}

	private static Class<?> rawClass(Type type) {
		if (type instanceof Class<?> plain) {
			return plain;
		}
		if (type instanceof ParameterizedType parameterized) {
			return (Class<?>) parameterized.getRawType();
		}
		return Object.class;
	}

	private static Type typeArgument(Type type, int index) {
		return type instanceof ParameterizedType parameterized ? parameterized.getActualTypeArguments()[index]
				: String.class;
	}

	private static Class<?> elementClass(Type type) {
		return rawClass(typeArgument(type, 0));
	}
}
