package org.mediationdesk.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.mediationdesk.attendance.AttendanceKind;
import org.mediationdesk.confidentiality.AudienceKind;
import org.mediationdesk.documents.AuthorKind;
import org.mediationdesk.documents.DocumentKind;
import org.mediationdesk.formats.ConditionType;
import org.mediationdesk.formats.FormatKind;
import org.mediationdesk.identity.Role;
import org.mediationdesk.process.AgendaOutcomeKind;
import org.mediationdesk.process.Capacity;
import org.mediationdesk.process.DecisionStatus;
import org.mediationdesk.process.RoundAction;
import org.mediationdesk.process.RoundStatus;
import org.mediationdesk.process.MeetingKind;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.statements.SourceKind;
import org.mediationdesk.terminology.Perspective;
import org.mediationdesk.terminology.Severity;
import org.mediationdesk.terminology.TextKind;
import org.mediationdesk.texts.StanceKind;
import org.mediationdesk.texts.CoChairsAction;
import org.mediationdesk.texts.Comparison;
import org.mediationdesk.texts.TextReading;
import org.mediationdesk.texts.TextStatus;

/**
 * The message keys that the application uses, read from its sources: every string literal of the Java code
 * that has the shape of a key and starts with a prefix of the bundle ({@code "round.convened"}), every code
 * passed to a refusal, a flash notice or a message source whatever its prefix, every validation message
 * ({@code "{account.usernameInvalid}"}), every key of a template ({@code #{audit.broken(...)}},
 * {@code #messages.msg('...')}), and every key built from a value ({@code "formats.kind." + kind},
 * {@code #{${'role.' + r}}}), expanded over the values that {@link #BUILT} names for its prefix.
 */
record MessageKeys(Set<String> keys, Set<String> prefixes) {

	private static final Path SOURCES = Path.of("src/main/java");
	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final String KEY = "[a-zA-Z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_-]+)+";
	private static final String PREFIX = "[a-zA-Z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_-]+)*\\.";

	/** A literal that is a key or the start of one built from a value ({@code "round.action." + action}). */
	private static final Pattern JAVA_LITERAL = Pattern.compile("\"(" + KEY + "|" + PREFIX + ")\"");

	/** A Bean Validation message: {@code message = "{account.usernameInvalid}"}. */
	private static final Pattern JAVA_VALIDATION = Pattern.compile("\"\\{(" + KEY + ")}\"");

	/** Where a literal is a message code whatever its prefix: a refusal, a notice, a message source. */
	private static final Pattern JAVA_CODE = Pattern.compile("(?:\\b(?:Invalid|Conflict|Stale|getMessage|message|reject)\\("
			+ "|addFlashAttribute\\(\"(?:notice|problem)\",|rejectValue\\(\"[^\"]*\",)\\s*\"([^\"]*)\"");

	/**
	 * The audit log's names of what happened ({@code "round." + change}) are words of the log, shown as they
	 * are, not message keys: the bodies of {@code action()}, and the prefixes (AUDIT_PREFIX) they are built from, are left out of the scan.
	 */
	private static final Pattern AUDIT_ACTION = Pattern.compile(
			"String action\\(\\)\\s*\\{[^}]*}|AUDIT_PREFIX = \"[^\"]*\";");

	/** A key of a template: {@code #{key}}, {@code #{key(arguments)}}. */
	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{(" + KEY + ")[}(]");

	/** A quoted key or prefix in a template expression: {@code #messages.msg('key')}, {@code #{${'role.' + r}}}. */
	private static final Pattern TEMPLATE_LITERAL = Pattern.compile("'(" + KEY + "|" + PREFIX + ")'");

	/** Literals with a key's shape and a bundle's prefix that are something else, and what they are. */
	static final Map<String, String> NOT_KEYS = Map.of(
			"glossary.json", "the name of the glossary's export file",
			"login.succeeded", "the audit log's name for a login (AuditLog), shown as it is",
			"rounds.ics", "the file name of the calendar of the rounds (FeedsController)");

	/** The keys of the bundle that no code names because a framework builds them, and which. */
	static final Map<String, String> USED_BY_THE_FRAMEWORK = Map.of(
			"typeMismatch", "Spring's binder: a form value of the wrong type",
			"typeMismatch.java.time.LocalDate", "Spring's binder: a date that does not parse",
			"typeMismatch.java.util.UUID", "Spring's binder: a choice (an id) that does not parse",
			"typeMismatch.java.time.LocalTime", "Spring's binder: a time that does not parse",
			"typeMismatch.java.lang.Integer", "Spring's binder: a number that does not parse",
			"typeMismatch.java.lang.Long", "Spring's binder: a number that does not parse",
			"typeMismatch.version", "Spring's binder: a form's hidden version that does not parse");

	/**
	 * Every prefix that the code or a template builds keys from, with the values it is followed by. An enum
	 * stands for its constants' names; a list stands for values that are not an enum, read from where the
	 * code has them.
	 */
	static final Map<String, List<String>> BUILT = new LinkedHashMap<>();

	static {
		BUILT.put("role.", names(Role.values()));
		BUILT.put("preferences.email.", names(org.mediationdesk.identity.EmailNotifications.values()));
		BUILT.put("language.", names(LanguageCode.values()));
		BUILT.put("audience.", names(AudienceKind.values()));
		BUILT.put("documentKind.", names(DocumentKind.values()));
		BUILT.put("authorKind.", names(AuthorKind.values()));
		BUILT.put("roundStatus.", names(RoundStatus.values()));
		BUILT.put("roundAction.", names(RoundAction.values()));
		BUILT.put("meetingKind.", names(MeetingKind.values()));
		BUILT.put("agendaOutcome.", names(AgendaOutcomeKind.values()));
		BUILT.put("decisionStatus.", names(DecisionStatus.values()));
		BUILT.put("sourceKind.", names(SourceKind.values()));
		BUILT.put("attendance.named.", names(AttendanceKind.values()));
		BUILT.put("attendance.neutral.", names(AttendanceKind.values()));
		BUILT.put("attendance.action.", names(AttendanceKind.values()));
		BUILT.put("capacity.", names(Capacity.values()));
		BUILT.put("formats.capacity.", names(Capacity.values()));
		BUILT.put("formats.kind.", names(FormatKind.values()));
		BUILT.put("formats.type.", names(ConditionType.values()));
		BUILT.put("perspective.", names(Perspective.values()));
		BUILT.put("severity.", names(Severity.values()));
		BUILT.put("textKind.", names(TextKind.values()));
		BUILT.put("textStatus.", names(TextStatus.values()));
		BUILT.put("stance.", names(StanceKind.values()));
		// the communiqué: its sentences per working group, outcome, standing decision and meeting; its statuses and the co-chairing institutions
		BUILT.put("communique.text.group.", names(org.mediationdesk.process.WorkingGroup.values()));
		BUILT.put("communique.text.outcome.", names(AgendaOutcomeKind.values()));
		BUILT.put("communique.text.decision.", List.of("AGREED", "PENDING_CONFIRMATION"));
		BUILT.put("communique.text.meeting.", List.of("WG1", "WG2", "other"));
		BUILT.put("communiqueStatus.", names(org.mediationdesk.communique.CommuniqueStatus.values()));
		BUILT.put("communique.institution.", names(org.mediationdesk.shared.Institution.values()));
		// the negotiating texts: the co-chairs' actions by their form names (tabling has a button of its own), the
		// comparison's kinds of change, the gaps of the Russian version, the history's changes (an export is not
		// one), the heading's fields, the places the terminology gate names, and the export formats of the page
		BUILT.put("texts.action.", Arrays.stream(CoChairsAction.values())
			.filter(action -> action != CoChairsAction.TABLE)
			.map(CoChairsAction::key)
			.toList());
		// what was done, after each of the co-chairs' actions; the question asked first, before freezing and revealing
		BUILT.put("texts.done.", Arrays.stream(CoChairsAction.values()).map(CoChairsAction::key).toList());
		BUILT.put("texts.confirm.", List.of("freeze", "reveal"));
		BUILT.put("texts.change.", names(Comparison.Status.values()));
		BUILT.put("texts.parity.", names(TextReading.Missing.Gap.values()));
		BUILT.put("texts.history.", found(SOURCES.resolve("org/mediationdesk/texts/TextEvent.java"),
				Pattern.compile("(?s)String change\\(\\) \\{.*?\\n\\t\\t}"), Pattern.compile("\"([a-z-]+)\""))
			.stream()
			.filter(change -> !change.equals("exported"))
			.toList());
		BUILT.put("texts.field.", found(SOURCES.resolve("org/mediationdesk/texts/NegotiatingText.java"),
				Pattern.compile("(?:changed\\.add\\(|differs\\(changed, )\"([a-z-]+)\"")));
		BUILT.put("texts.place.", found(SOURCES.resolve("org/mediationdesk/texts/NegotiatingText.java"),
				Pattern.compile("Place\\.of\\(\"([a-z]+)\"\\)")));
		BUILT.put("texts.format.", found(TEMPLATES.resolve("texts/show.html"),
				Pattern.compile("List\\)\\.of\\(([^)]*)\\)"), Pattern.compile("'([a-z]+)'")));
		// the actions a round names when it refuses a transition: String verb = switch (action) { ... -> "postpone" ... }
		BUILT.put("round.action.", found(SOURCES.resolve("org/mediationdesk/process/Round.java"),
				Pattern.compile("(?s)String verb = switch.*?\\};"), Pattern.compile("\"([a-zA-Z]+)\"")));
		// the incident mechanisms and the register: their enums, the counts of casualties and the review's steps
		BUILT.put("mechanisms.institution.", names(org.mediationdesk.shared.Institution.values()));
		BUILT.put("mechanisms.attendee.", names(org.mediationdesk.shared.Institution.values()));
		BUILT.put("mechanisms.rhythm.", names(org.mediationdesk.incidents.Rhythm.values()));
		BUILT.put("mechanisms.kind.", names(org.mediationdesk.incidents.MechanismMeetingKind.values()));
		BUILT.put("mechanisms.outcome.", names(org.mediationdesk.incidents.MeetingOutcome.values()));
		BUILT.put("mechanisms.standing.", names(org.mediationdesk.incidents.StandingItem.values()));
		BUILT.put("incidents.kind.", names(org.mediationdesk.incidents.IncidentKind.values()));
		BUILT.put("incidents.timePrecision.", names(org.mediationdesk.incidents.TimePrecision.values()));
		BUILT.put("incidents.when.", names(org.mediationdesk.incidents.TimePrecision.values()));
		BUILT.put("incidents.placePrecision.", names(org.mediationdesk.incidents.PlacePrecision.values()));
		BUILT.put("incidents.state.", names(org.mediationdesk.incidents.ReviewState.values()));
		BUILT.put("incidents.step.", List.of("PUT_UNDER_REVIEW", "VERIFY", "FIND_UNVERIFIABLE", "CLOSE", "OPEN_CASE"));
		BUILT.put("incidents.countName.", List.of("dead", "wounded", "detained"));
		// the hotline: its enums, and the log's lines (a group's step, or the operator's desk's: ".desk")
		BUILT.put("hotline.urgency.", names(org.mediationdesk.hotline.Urgency.values()));
		BUILT.put("hotline.kind.", names(org.mediationdesk.hotline.ActivationKind.values()));
		BUILT.put("hotline.sender.", names(org.mediationdesk.hotline.SenderKind.values()));
		BUILT.put("hotline.state.", names(org.mediationdesk.hotline.ActivationState.values()));
		BUILT.put("hotline.entry.", List.of("ACTIVATED", "ACKNOWLEDGED", "RESPONDED", "ACTIVATED.desk", "RELAYED.desk"));
		BUILT.put("hotline.entry.ESCALATED.", names(org.mediationdesk.hotline.EscalationTarget.values()));
		// the commitments: their statuses, sources and audiences, and the communiqué's sentence for each status
		BUILT.put("commitments.status.", names(org.mediationdesk.commitments.CommitmentStatus.values()));
		BUILT.put("commitments.source.", names(org.mediationdesk.commitments.SourceKind.values()));
		BUILT.put("commitments.communique.", names(org.mediationdesk.commitments.CommitmentStatus.values()));
		BUILT.put("commitments.audience.", names(AudienceKind.values()));
		BUILT.put("hotline.chainTarget.", names(org.mediationdesk.hotline.EscalationTarget.values()));
		// the audit log's words for its actions and kinds of object, listed where it reads them
		BUILT.put("audit.did.", found(SOURCES.resolve("org/mediationdesk/audit/AuditReading.java"),
				Pattern.compile("(?s)String ACTIONS = (.*?);"), Pattern.compile("([a-z][a-zA-Z_.-]*[a-z])")));
		BUILT.put("audit.objectType.", found(SOURCES.resolve("org/mediationdesk/audit/AuditReading.java"),
				Pattern.compile("(?s)String OBJECT_TYPES = (.*?);"), Pattern.compile("([a-z][a-z_-]*[a-z])")));
		// the kinds of value a process file's field may have had instead: kindOfValue(...) returns "list", ...
		BUILT.put("import.wrongType.", found(SOURCES.resolve("org/mediationdesk/process/ProcessFileReader.java"),
				Pattern.compile("(?s)String kindOfValue\\(.*?\\n\\t}"), Pattern.compile("return \"([a-z]+)\";")));
	}

	/** Every prefix whose built keys are accounted for. */
	static Set<String> covered() {
		return new TreeSet<>(BUILT.keySet());
	}

	/** Scans the sources and the templates. */
	static MessageKeys scan() throws IOException {
		Set<String> prefixesOfBundle = load("messages.properties").stringPropertyNames()
			.stream()
			.map(key -> key.substring(0, key.indexOf('.') < 0 ? key.length() : key.indexOf('.')))
			.collect(Collectors.toSet());
		Set<String> keys = new TreeSet<>();
		Set<String> prefixes = new TreeSet<>();
		for (String source : read(SOURCES, ".java")) {
			String code = AUDIT_ACTION.matcher(source).replaceAll("");
			for (String literal : all(JAVA_LITERAL, code)) {
				boolean bundlePrefix = prefixesOfBundle.contains(literal.substring(0, literal.indexOf('.')));
				if (bundlePrefix && !NOT_KEYS.containsKey(literal)) {
					(literal.endsWith(".") ? prefixes : keys).add(literal);
				}
			}
			keys.addAll(all(JAVA_VALIDATION, code));
			for (String literal : all(JAVA_CODE, code)) {
				(literal.endsWith(".") ? prefixes : keys).add(literal);
			}
		}
		for (String template : read(TEMPLATES, ".html")) {
			keys.addAll(all(TEMPLATE_KEY, template));
			for (String literal : all(TEMPLATE_LITERAL, template)) {
				(literal.endsWith(".") ? prefixes : keys).add(literal);
			}
		}
		BUILT.forEach((prefix, values) -> values.forEach(value -> keys.add(prefix + value)));
		return new MessageKeys(keys, prefixes);
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

	/** What the patterns find in a source file, each pattern looking inside what the one before found. */
	private static List<String> found(Path file, Pattern... patterns) {
		try {
			List<String> found = List.of(Files.readString(file));
			for (Pattern pattern : patterns) {
				found = found.stream().flatMap(text -> all(pattern, text).stream()).toList();
			}
			if (found.isEmpty()) {
				throw new IllegalStateException(file + " no longer has " + Arrays.toString(patterns));
			}
			return found;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<String> all(Pattern pattern, String text) {
		List<String> found = new java.util.ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.groupCount() == 0 ? matcher.group() : matcher.group(1));
		}
		return found;
	}

	private static List<String> read(Path root, String suffix) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			List<String> texts = new java.util.ArrayList<>();
			for (Path file : files.filter(path -> path.toString().endsWith(suffix)).sorted().toList()) {
				texts.add(Files.readString(file));
			}
			return texts;
		}
	}

	static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream stream = MessageKeys.class.getResourceAsStream("/" + name);
				Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
