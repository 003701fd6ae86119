package org.mediationdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mediationdesk.ArchitectureRules.Source;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The architecture's rules, checked on every build (docs/architecture.md, "Rules that fail the build"). Each
 * failure names the file and says what to do instead. {@code ArchitectureRulesTests} shows each rule catching a
 * planted violation.
 */
class ArchitectureTests {

	/**
	 * The module that owns each table: the only one whose SQL may name it. A table that a migration creates must be
	 * listed here.
	 */
	static final Map<String, String> TABLE_OWNERS = Map.ofEntries(
			Map.entry("account", "identity"), Map.entry("account_invitation", "identity"),
			Map.entry("api_token", "identity"), Map.entry("login_throttle", "identity"),
			Map.entry("recovery_code", "identity"),
			Map.entry("participant", "participants"), Map.entry("participant_group", "participants"),
			Map.entry("co_chair_representative", "participants"),
			Map.entry("document", "documents"), Map.entry("document_file", "documents"),
			Map.entry("language_version", "documents"),
			Map.entry("talks_process", "process"), Map.entry("agenda_item", "process"),
			Map.entry("round", "process"), Map.entry("round_meeting", "process"),
			Map.entry("agenda_outcome", "process"), Map.entry("round_decision", "process"),
			Map.entry("postponement", "process"), Map.entry("related_meeting", "process"),
			Map.entry("round_change", "process"),
			Map.entry("attendance_event", "attendance"), Map.entry("meeting_attendance", "attendance"),
			Map.entry("group_attendance", "attendance"),
			Map.entry("statement", "statements"),
			Map.entry("format_condition", "formats"),
			Map.entry("glossary_concept", "terminology"), Map.entry("glossary_form", "terminology"),
			Map.entry("negotiating_text", "texts"), Map.entry("text_provision", "texts"),
			Map.entry("text_wording", "texts"), Map.entry("text_stance", "texts"), Map.entry("text_cosponsor", "texts"),
			Map.entry("text_revision", "texts"), Map.entry("text_change", "texts"),
			Map.entry("meeting_board", "board"), Map.entry("speaker_list", "board"),
			Map.entry("speaker_request", "board"),
			Map.entry("communique", "communique"), Map.entry("communique_approval", "communique"),
			Map.entry("feed_address", "feeds"),
			Map.entry("mechanism", "incidents"), Map.entry("mechanism_group", "incidents"),
			Map.entry("mechanism_suspension", "incidents"), Map.entry("mechanism_meeting", "incidents"),
			Map.entry("mechanism_meeting_item", "incidents"), Map.entry("joint_visit", "incidents"),
			Map.entry("mechanism_meeting_attendance", "incidents"), Map.entry("mechanism_attendance_entry", "incidents"),
			Map.entry("incident_number", "incidents"), Map.entry("incident", "incidents"),
			Map.entry("incident_statement", "incidents"), Map.entry("incident_review", "incidents"),
			Map.entry("activation", "hotline"), Map.entry("addressee", "hotline"),
			Map.entry("hotline_escalation_step", "hotline"), Map.entry("hotline_clock", "hotline"),
			Map.entry("hotline_escalation", "hotline"),
			Map.entry("commitment", "commitments"), Map.entry("commitment_step", "commitments"),
			Map.entry("commitment_reading", "commitments"),
			Map.entry("notification", "notifications"), Map.entry("mail_outbox", "notifications"),
			Map.entry("audit_entry", "audit"), Map.entry("audit_head", "audit"), Map.entry("audit_signing", "audit"),
			Map.entry("shedlock", "platform"), Map.entry("flyway_schema_history", "platform"),
			Map.entry("event_publication", "platform"), Map.entry("event_publication_archive", "platform"));

	/** Modules without a module test of their own, and why. */
	static final Map<String, String> WITHOUT_MODULE_TEST = Map.of(
			"shared", "small values with no Spring behaviour of their own; each has unit tests",
			"platform", "it holds the application together: its module test is the whole application, which every "
					+ "@IntegrationTest boots");

	private static final Path MAIN = Path.of("src/main/java");

	private static final Path TEST = Path.of("src/test/java");

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static List<Source> main;

	private static List<Source> tests;

	@BeforeAll
	static void readSources() {
		main = ArchitectureRules.read(MAIN);
		tests = ArchitectureRules.read(TEST);
	}

	@Test
	void keepsEveryFileWithinFiveHundredLines() {
		assertThat(ArchitectureRules.longFiles(main)).as(rule("sizes")).isEmpty();
	}

	@Test
	void keepsEveryMethodWithinSixtyLines() {
		assertThat(ArchitectureRules.longMethods(main)).as(rule("sizes")).isEmpty();
	}

	@Test
	void givesEveryTableAnOwner() throws IOException {
		assertThat(ArchitectureRules.tablesWithoutOwner(ArchitectureRules.createdTables(migrations()), TABLE_OWNERS))
			.as(rule("tables")).isEmpty();
	}

	@Test
	void letsEachModuleNameOnlyItsOwnTables() {
		assertThat(ArchitectureRules.foreignTables(main, TABLE_OWNERS)).as(rule("tables")).isEmpty();
	}

	@Test
	void decidesAuthorisationOnlyThroughTheViewerOrThePolicy() {
		assertThat(ArchitectureRules.rawRoleChecks(main)).as(rule("authorisation")).isEmpty();
	}

	@Test
	void readsSettingsOnlyThroughPropertiesRecords() {
		assertThat(ArchitectureRules.valuesOutsideProperties(main)).as(rule("settings")).isEmpty();
		assertThat(ArchitectureRules.propertiesShape(main)).as(rule("settings")).isEmpty();
	}

	@Test
	void testsEveryModuleAsAModule() {
		Set<String> modules = ApplicationModules.of(MediationDeskApplication.class)
			.stream()
			.map(ApplicationModule::getBasePackage)
			.map(javaPackage -> javaPackage.getName().substring("org.mediationdesk.".length()))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(modules).contains("process", "identity", "platform");
		assertThat(ArchitectureRules.modulesWithoutModuleTests(modules, ArchitectureRules.modulesWithModuleTests(tests),
				WITHOUT_MODULE_TEST)).as(rule("tests")).isEmpty();
	}

	@Test
	void testsEveryAggregateThatGuardsAStateChange() {
		Set<String> testClasses = tests.stream()
			.map(source -> source.packageName() + "." + source.simpleName())
			.collect(Collectors.toSet());
		assertThat(ArchitectureRules.aggregatesWithoutUnitTests(main, testClasses)).as(rule("tests")).isEmpty();
	}

	@Test
	void namesTypesByTheirImportedNames() {
		assertThat(ArchitectureRules.inlineQualifiedNames(main)).as(rule("names")).isEmpty();
	}

	@Test
	void numbersTheMigrationsConsecutively() throws IOException {
		try (Stream<Path> files = Files.walk(MIGRATIONS)) {
			List<String> names = files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).toList();
			assertThat(names).hasSizeGreaterThan(20);
			assertThat(ArchitectureRules.migrationVersions(names)).as(rule("migrations")).isEmpty();
		}
	}

	/** Every migration's SQL, in the order of its version. */
	private static List<String> migrations() throws IOException {
		try (Stream<Path> files = Files.walk(MIGRATIONS)) {
			return files.filter(file -> file.toString().endsWith(".sql"))
				.sorted(Comparator.comparingInt(ArchitectureTests::version))
				.map(ArchitectureRules::content)
				.toList();
		}
	}

	private static int version(Path migration) {
		String name = migration.getFileName().toString();
		return Integer.parseInt(name.substring(1, name.indexOf("__")).replaceAll("\\D.*", ""));
	}

	private static String rule(String name) {
		return "the architecture rule on " + name + " (docs/architecture.md, \"Rules that fail the build\")";
	}
}
