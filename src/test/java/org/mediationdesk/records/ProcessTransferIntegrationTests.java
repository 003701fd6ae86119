package org.mediationdesk.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationdesk.CommandRun;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.TestDatabase;
import org.mediationdesk.incidents.IncidentKind;
import org.mediationdesk.incidents.IncidentRegister;
import org.mediationdesk.incidents.NewIncident;
import org.mediationdesk.incidents.NewIncidentAccount;
import org.mediationdesk.incidents.Place;
import org.mediationdesk.incidents.PlacePrecision;
import org.mediationdesk.incidents.TimePrecision;
import org.mediationdesk.process.ProcessFile;
import org.mediationdesk.process.ProcessFileReader;
import org.mediationdesk.process.ProcessFileRejected;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Process record files: a file with problems is refused whole, naming the line and field of each; a valid
 * file goes into an installation without a process, and comes out again as it went in.
 */
@IntegrationTest
class ProcessTransferIntegrationTests {

	@Autowired
	ProcessTransfer transfer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	ProcessFileReader reader;

	@Autowired
	IncidentRegister register;

	@Test
	void loadsTheReferenceRecordOnlyOnce() {
		long rounds = count("round");
		assertThat(transfer.loadReferenceRecord()).isFalse();
		assertThat(count("round")).isEqualTo(rounds);
	}

	@Test
	void namesTheLineOfASyntaxError() throws IOException {
		String reference = reference();
		int line = lineOf(reference, "\"number\": 5,");
		String broken = reference.replaceFirst("\"number\": 5,", "\"number\": 5");

		ProcessFileRejected rejected = refused(broken);
		assertThat(rejected.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.code()).isEqualTo("import.syntax");
			assertThat(problem.line()).as("the line where the missing comma was expected").isEqualTo(line + 1);
			assertThat(problem.field()).startsWith("rounds[4]");
		});
	}

	@Test
	void namesTheLineAndFieldOfAnUnknownFieldOrAMalformedDate() throws IOException {
		String reference = reference();
		int line = lineOf(reference, "\"startDate\": \"2009-05-18\"");

		ProcessFileRejected unknown = refused(reference.replaceFirst("\"startDate\": \"2009-05-18\"",
				"\"beginDate\": \"2009-05-18\""));
		assertThat(unknown.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.code()).isEqualTo("import.unknownField");
			assertThat(problem.line()).isEqualTo(line);
			assertThat(problem.field()).isEqualTo("rounds[4].beginDate");
		});

		ProcessFileRejected date = refused(reference.replaceFirst("\"startDate\": \"2009-05-18\"",
				"\"startDate\": \"2009-05-32\""));
		assertThat(date.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.code()).isEqualTo("import.dateInvalid");
			assertThat(problem.line()).isEqualTo(line);
			assertThat(problem.field()).isEqualTo("rounds[4].startDate");
		});
	}

	@Test
	void refusesAFileWithProblemsWholeAndNamesEach() throws IOException {
		String reference = reference();
		String broken = edit(reference, text -> text.replaceFirst("\"endDate\": \"2009-05-19\"", "\"endDate\": \"2009-05-17\"")
			.replace("\"AB\"\n              ],\n              \"date\": \"2009-05-18\"",
					"\"XX\"\n              ],\n              \"date\": \"2009-05-18\"")
			.replaceFirst("\"audience\": \"ALL_PARTICIPANTS\"", "\"audience\": \"EVERYONE\""));
		long rounds = count("round");
		long audit = count("audit_entry");

		ProcessFileRejected rejected = refused(broken);

		assertThat(rejected.problems()).extracting(ProcessFileRejected.Problem::field, ProcessFileRejected.Problem::code)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("rounds[4].endDate", "import.endsBeforeStart"),
					org.assertj.core.groups.Tuple.tuple("rounds[4].meetings[0].attendance[0].groups[0]",
							"import.unknownGroup"),
					org.assertj.core.groups.Tuple.tuple("accounts[0].audience", "import.notOneOf"));
		assertThat(rejected.problems()).filteredOn(problem -> problem.code().equals("import.endsBeforeStart"))
			.singleElement()
			.satisfies(problem -> assertThat(problem.line()).isEqualTo(lineOf(broken, "\"endDate\": \"2009-05-17\"")));
		assertThat(rejected.problems()).filteredOn(problem -> problem.code().equals("import.unknownGroup"))
			.singleElement()
			.satisfies(problem -> assertThat(problem.line()).isEqualTo(lineOf(broken, "\"XX\"")));
		assertThat(count("round")).as("nothing of a refused file is recorded").isEqualTo(rounds);
		assertThat(count("audit_entry")).isEqualTo(audit);
	}

	@Test
	void refusesIncidentsWhoseIdMechanismOrAccountsAreWrongNamingEach() throws IOException {
		String account = "{\"group\": \"XX\", \"text\": \"Held at the line.\", \"givenAt\": \"2026-03-14T08:00:00Z\"}";
		String incident = "{\"publicId\": \"%s\", \"mechanism\": \"%s\", \"kind\": \"DETENTION\","
				+ " \"occurredAt\": \"2026-03-14T06:30:00Z\", \"timePrecision\": \"EXACT\", \"place\": \"near Khurvaleti\","
				+ " \"placePrecision\": \"NEAR\", \"state\": \"REPORTED\", \"reportedAt\": \"2026-03-14T08:00:00Z\","
				+ " \"accounts\": [%s]}";
		String reference = reference();
		String broken = reference.substring(0, reference.lastIndexOf('}')).stripTrailing() + ",\n  \"incidents\": ["
				+ incident.formatted("GAL-2026-0001", "ERG", account) + ", "
				+ incident.formatted("XYZ-2026-0001", "XYZ", "") + "]\n}\n";
		long incidents = jdbc.sql("SELECT COUNT(*) FROM incident").query(Long.class).single();

		ProcessFileRejected rejected = refused(broken);

		assertThat(rejected.problems()).extracting(ProcessFileRejected.Problem::field, ProcessFileRejected.Problem::code)
			.contains(org.assertj.core.groups.Tuple.tuple("incidents[0].publicId", "import.incidentId"),
					org.assertj.core.groups.Tuple.tuple("incidents[0].accounts[0].group", "import.unknownGroup"),
					org.assertj.core.groups.Tuple.tuple("incidents[1].mechanism", "import.incidentMechanism"),
					org.assertj.core.groups.Tuple.tuple("incidents[1].accounts", "import.incidentAccounts"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM incident").query(Long.class).single()).isEqualTo(incidents);
	}

	@Test
	void refusesAValidFileWhereAProcessIsRecordedAlready() throws IOException {
		long rounds = count("round");
		assertThatThrownBy(() -> transfer.importFile("admin", reference().getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(DeskException.Conflict.class)
			.hasMessage("import.processExists");
		assertThat(count("round")).isEqualTo(rounds);
	}

	@Test
	void exportsTheRecordAndImportsItIntoANewInstallationUnchanged(@TempDir Path directory) throws IOException, SQLException {
		String incident = register.report(fixtures.participant("GE"), new NewIncident("ERG", IncidentKind.DETENTION,
				List.of(IncidentKind.CROSSING_OF_THE_LINE), "2026-03-14T06:30:00Z", TimePrecision.EXACT,
				new Place("near Khurvaleti", PlacePrecision.NEAR, null, null), "security actors", "two residents", null,
				"Two residents were detained while collecting firewood.", "Statement of 14 March"), LanguageCode.EN).publicId();
		register.give(fixtures.participant("SO"), incident, new NewIncidentAccount("One person crossed and was held.",
				"Press release", "The person who crossed", null), LanguageCode.EN);
		Path exported = directory.resolve("exported.json");
		CommandRun export = CommandRun.against(TestDatabase.url(), "process", "export", exported.toString());
		assertThat(export.exitCode()).as(export.errors()).isZero();

		String empty = TestDatabase.freshUrl();
		CommandRun imported = CommandRun.against(empty, "process", "import", exported.toString());
		assertThat(imported.exitCode()).as(imported.errors()).isZero();
		assertThat(imported.output()).contains("Imported the process GID");

		Path again = directory.resolve("again.json");
		assertThat(CommandRun.against(empty, "process", "export", again.toString()).exitCode()).isZero();
		String first = Files.readString(exported);
		assertThat(first).contains("\"internalNote\"", "\"WALKED_OUT\"", "\"accounts\"");
		assertThat(Files.readString(again)).isEqualTo(first);
		assertThat(first).contains("\"incidents\"", "\"" + incident + "\"", "One person crossed and was held.",
				"\"CROSSING_OF_THE_LINE\"");
		assertThat(jdbc.sql("SELECT public_id FROM incident").query(String.class).list()).contains(incident);
		assertThat(count(empty, "SELECT COUNT(*) FROM incident WHERE public_id = '" + incident + "'")).isEqualTo(1);
		assertThat(count(empty, "SELECT COUNT(*) FROM incident_statement")).isEqualTo(
				jdbc.sql("SELECT COUNT(*) FROM incident_statement").query(Long.class).single());
		assertThat(count(empty, "SELECT MAX(last_number) FROM incident_number")).isGreaterThanOrEqualTo(
				Long.parseLong(incident.substring(incident.lastIndexOf('-') + 1)));

		CommandRun twice = CommandRun.against(empty, "process", "import", exported.toString());
		assertThat(twice.exitCode()).isEqualTo(1);
		assertThat(twice.errors()).contains("already records the process GID");
	}

	@Test
	void importsTheExampleOfTheFormatDescription(@TempDir Path directory) throws IOException {
		String description = Files.readString(Path.of("docs", "process-record.md"));
		String example = description.substring(description.indexOf("```json") + 7, description.lastIndexOf("```"));
		Path file = Files.writeString(directory.resolve("example.json"), example);
		CommandRun run = CommandRun.against(TestDatabase.freshUrl(), "process", "import", file.toString());
		assertThat(run.exitCode()).as(run.errors()).isZero();
		assertThat(run.output()).contains("Imported the process TT", "1 rounds, 4 attendance events, 0 accounts");
	}

	@Test
	void printsEachProblemWithItsLineAtTheCommandLine(@TempDir Path directory) throws IOException {
		Path file = directory.resolve("broken.json");
		String broken = edit(reference(), text -> text.replaceFirst("\"formatVersion\": 2", "\"formatVersion\": 3"));
		Files.writeString(file, broken);
		CommandRun run = CommandRun.against(TestDatabase.freshUrl(), "process", "import", file.toString());
		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.errors()).contains("The file was not imported: 1 problem found")
			.contains("line 2, formatVersion: format version 3; this version of Mediation Desk reads format versions 1 to 2");
	}

	@Test
	void readsAVersion1FileItsSessionsAsTheMeetings() throws IOException {
		String current = reference();
		ProcessFile read = reader.read(current.getBytes(StandardCharsets.UTF_8)).file();
		ProcessFile old = reader.read(version1(current).getBytes(StandardCharsets.UTF_8)).file();

		assertThat(read.formatVersion()).isEqualTo(ProcessFile.FORMAT_VERSION).isEqualTo(2);
		assertThat(old.formatVersion()).isEqualTo(1);
		assertThat(old.rounds()).as("the rounds, their meetings and attendance as the current version gives them")
			.isEqualTo(read.rounds());
		assertThat(old.rounds().stream().mapToInt(round -> round.meetings().size()).sum()).isGreaterThan(60);
		assertThat(old).as("a version-1 file has no incident mechanisms nor commitments").usingRecursiveComparison()
			.ignoringFields("formatVersion", "mechanisms", "commitments").isEqualTo(read);
		assertThat(old.mechanisms()).isEmpty();
		assertThat(read.commitments()).extracting(ProcessFile.CommitmentEntry::code).contains("non-use-of-force",
				"gali-mechanism-resumption", "return-of-displaced-persons", "freedom-of-movement", "missing-persons",
				"transit-and-transport-links");
	}

	@Test
	void importsAVersion1FileAndExportsItAsVersion2(@TempDir Path directory) throws IOException {
		Path file = Files.writeString(directory.resolve("version1.json"), version1(reference()));
		String empty = TestDatabase.freshUrl();
		CommandRun imported = CommandRun.against(empty, "process", "import", file.toString());
		assertThat(imported.exitCode()).as(imported.errors()).isZero();
		assertThat(imported.output()).contains("Imported the process GID");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM round_meeting").query(Long.class).single())
			.as("the same meetings as the reference record").isEqualTo(count("round_meeting"));

		Path exported = directory.resolve("exported.json");
		assertThat(CommandRun.against(empty, "process", "export", exported.toString()).exitCode()).isZero();
		String written = Files.readString(exported);
		assertThat(written).containsPattern("\"formatVersion\"\\s*:\\s*2,").contains("\"meetings\"")
			.doesNotContain("\"sessions\"");
	}

	@Test
	void namesTheFieldsOfAVersion1FileAsItWritesThem() throws IOException {
		String old = version1(reference());
		String broken = edit(old, text -> text.replace("\"AB\"\n              ],\n              \"date\": \"2009-05-18\"",
				"\"XX\"\n              ],\n              \"date\": \"2009-05-18\""));
		assertThat(refused(broken).problems()).singleElement().satisfies(problem -> {
			assertThat(problem.code()).isEqualTo("import.unknownGroup");
			assertThat(problem.field()).isEqualTo("rounds[4].sessions[0].attendance[0].groups[0]");
			assertThat(problem.line()).isEqualTo(lineOf(broken, "\"XX\""));
		});

		String wrongType = edit(old, text -> text.replaceFirst("\"sessions\": \\[", "\"sessions\": \"none\", \"x\": ["));
		assertThat(refused(wrongType).problems()).singleElement().satisfies(problem -> {
			assertThat(problem.code()).isEqualTo("import.wrongType.list");
			assertThat(problem.field()).endsWith(".sessions");
			assertThat(problem.line()).isEqualTo(lineOf(wrongType, "\"sessions\": \"none\""));
		});

		String mixed = edit(old, text -> text.replaceFirst("\"sessions\":", "\"meetings\":"));
		assertThat(refused(mixed).problems()).singleElement().satisfies(problem -> {
			assertThat(problem.code()).isEqualTo("import.unknownField");
			assertThat(problem.field()).endsWith(".meetings");
			assertThat(problem.line()).isEqualTo(lineOf(mixed, "\"meetings\":"));
		});
		String renamedOnly = edit(reference(), text -> text.replaceFirst("\"meetings\":", "\"sessions\":"));
		assertThat(refused(renamedOnly).problems()).as("a file of version 2 names them meetings")
			.singleElement()
			.satisfies(problem -> {
				assertThat(problem.code()).isEqualTo("import.unknownField");
				assertThat(problem.field()).endsWith(".sessions");
			});
	}

	/**
	 * The file as version 1 of the format wrote it: the meetings of a round were its sessions, and it had no incident
	 * mechanisms (the last part of the file).
	 */
	private static String version1(String file) {
		String old = edit(file, text -> text.replaceFirst("\"formatVersion\": 2,", "\"formatVersion\": 1,")
			.replaceFirst("(?s),\\s*\"mechanisms\"\\s*:\\s*\\[.*]\\s*}\\s*$", "\n}\n")
			.replace("\"meetings\":", "\"sessions\":"));
		assertThat(old).doesNotContain("\"meetings\"");
		return old;
	}

	@Test
	void showsTheAdministratorEveryProblemOfAnUploadedFile() throws Exception {
		String broken = reference().replaceFirst("\"endDate\": \"2009-05-19\"", "\"endDate\": \"2009-05-17\"");
		String page = mvc.perform(multipart("/admin/process")
			.file(new MockMultipartFile("file", "gid.json", "application/json", broken.getBytes(StandardCharsets.UTF_8)))
			.with(csrf())
			.with(authentication(Fixtures.authentication(fixtures.admin()))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"rejected\"")
			.contains("line " + lineOf(broken, "\"endDate\": \"2009-05-17\"") + ", rounds[4].endDate: the round ends before it starts");
	}

	@Test
	void givesTheCoChairsTheirRecordAsAFile() throws Exception {
		mvc.perform(get("/rounds/export").with(authentication(Fixtures.authentication(fixtures.coChair(Institution.UN)))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; filename=\"gid-record-")));
		mvc.perform(get("/rounds/export").with(authentication(Fixtures.authentication(fixtures.participant("GE")))))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("SELECT audience_kind FROM audit_entry WHERE action = 'process.exported'")
			.query(String.class)
			.list()).isNotEmpty().containsOnly("CO_CHAIRS");
	}

	private ProcessFileRejected refused(String file) {
		long rounds = count("round");
		ProcessFileRejected rejected = (ProcessFileRejected) org.assertj.core.api.Assertions
			.catchThrowableOfType(ProcessFileRejected.class, () -> transfer.importFile("admin", file.getBytes(StandardCharsets.UTF_8)));
		assertThat(rejected).as("the file is refused").isNotNull();
		assertThat(count("round")).isEqualTo(rounds);
		return rejected;
	}

	private long count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	private static String edit(String text, UnaryOperator<String> change) {
		String changed = change.apply(text);
		assertThat(changed).as("the edit applies").isNotEqualTo(text);
		return changed;
	}

	/** The 1-based number of the first line that contains the text. */
	private static int lineOf(String file, String text) {
		List<String> lines = file.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i + 1;
			}
		}
		throw new AssertionError("no line contains " + text);
	}

	private static String reference() throws IOException {
		try (InputStream in = new ClassPathResource(ProcessTransfer.REFERENCE_RECORD).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** A number from another installation's database, such as the one a test imported into. */
	private static long count(String url, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}
}
