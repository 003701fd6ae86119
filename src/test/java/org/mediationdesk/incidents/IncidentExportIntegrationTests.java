package org.mediationdesk.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.identity.ApiTokens;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.Localized;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The register's exports: 50,000 incidents of a mechanism of their own, inserted in batches, come out as 50,000
 * CSV lines and 50,000 JSON objects, each with the register's figures; while the client has read only the first
 * rows of the answer, the server is still reading the database's rows (the export writes as it reads, and never
 * holds the result). Only the mechanism's circle gets them: a participant of another register gets none of its rows,
 * a viewer of no register gets 404.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncidentExportIntegrationTests {

	static final int MANY = 50_000;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Mechanisms mechanisms;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	private String code;
	private UUID mechanism;

	@BeforeAll
	void insertsManyIncidents() {
		code = "X" + letters(4);
		Viewer tbilisi = fixtures.participant("GE");
		mechanism = mechanisms.register(fixtures.secretariat(), new NewMechanism(code, Localized.english("Export test"),
				Localized.english("A line of tests"), List.of(Institution.EU), List.of(tbilisi.groupId(),
						fixtures.participant("SO").groupId()), null, Rhythm.MONTHLY)).id();
		Instant start = Instant.parse("2025-01-01T00:00:00Z");
		List<Object[]> incidents = new ArrayList<>();
		List<Object[]> accounts = new ArrayList<>();
		for (int i = 0; i < MANY; i++) {
			UUID id = UUID.randomUUID();
			Timestamp at = Timestamp.from(start.plus(i % 700, ChronoUnit.DAYS).plus(i % 1440, ChronoUnit.MINUTES));
			incidents.add(new Object[] { id, String.format("%s-2025-%06d", code, i + 1), mechanism,
					i % 2 == 0 ? "DETENTION" : "SHOOTING", at, i % 3 == 0 ? "WEEK" : "DAY", "place " + (i % 97),
					"ALONG_THE_LINE", Timestamp.from(start) });
			accounts.add(new Object[] { id, tbilisi.groupId(), "Account " + i, i % 5, i % 5 + 1, Timestamp.from(start) });
			if (incidents.size() == 5000) {
				flush(incidents, accounts);
			}
		}
		flush(incidents, accounts);
	}

	private void flush(List<Object[]> incidents, List<Object[]> accounts) {
		jdbc.batchUpdate("INSERT INTO incident (id, public_id, mechanism_id, kind, occurred_at, time_precision, place_name,"
				+ " place_precision, state, reported_by, reported_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'REPORTED',"
				+ " 'export-test', ?, 1)", incidents);
		jdbc.batchUpdate("INSERT INTO incident_statement (incident, incident_key, group_id, text, detained_low,"
				+ " detained_best, detained_high, given_by, given_at) VALUES (?, 0, ?, ?, ?, ?, ?, 'export-test', ?)",
				accounts.stream().map(a -> new Object[] { a[0], a[1], a[2], a[3], a[3], a[4], a[5] }).toList());
		incidents.clear();
		accounts.clear();
	}

	@AfterAll
	void removesThem() {
		jdbc.update("DELETE FROM incident_statement WHERE incident IN (SELECT id FROM incident WHERE mechanism_id = ?)",
				mechanism);
		jdbc.update("DELETE FROM incident WHERE mechanism_id = ?", mechanism);
	}

	@Test
	void exportsFiftyThousandIncidentsAsCsvAndJson() throws Exception {
		Viewer tbilisi = fixtures.participant("GE");
		String csv = mvc.perform(get("/api/v1/incidents.csv").param("mechanism", code).with(as(tbilisi)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<String> lines = csv.lines().toList();
		assertThat(lines).hasSize(MANY + 1);
		assertThat(lines.get(0)).startsWith("id,mechanism,year,kind,date_start,date_end,date_prec,where_name");
		// the first inserted: known to the week, so its span ends six days later; the register's figures are its account's
		assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(code + "-2025-000001," + code
				+ ",2025,DETENTION,2025-01-01,2025-01-07,WEEK,place 0,ALONG_THE_LINE,,,,,,,,,,,0,0,1,false,REPORTED,false"));
		String json = mvc.perform(get("/api/v1/incidents/export.json").param("mechanism", code).param("kind", "SHOOTING")
			.with(as(tbilisi))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).startsWith("[{").endsWith("}]");
		assertThat(json.split("\"publicId\"", -1)).hasSize(MANY / 2 + 1);
		assertThat(json).contains("\"detained\":{\"low\":1,\"best\":1,\"high\":2}");
		// the register's page links both, filtered as it is, for its session
		String page = mvc.perform(get("/incidents").param("mechanism", code).param("kind", "DETENTION").with(as(tbilisi)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("/incidents/export.csv?mechanism=" + code + "&amp;kind=DETENTION",
				"/incidents/export.json?mechanism=" + code + "&amp;kind=DETENTION");
		String fromPage = mvc.perform(get("/incidents/export.csv").param("mechanism", code).param("kind", "DETENTION")
			.param("from", "2025-01-01").param("to", "2025-01-01").with(as(tbilisi))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		// the first day holds i = 0, 700, 1400 …: every 700th, all even, so all detentions
		assertThat(fromPage.lines().skip(1).toList()).hasSize((MANY + 699) / 700)
			.allSatisfy(line -> assertThat(line).contains(",DETENTION,2025-01-01,"));
	}

	@Test
	void writesTheFirstRowsWhileTheQueryIsStillReadingTheRest() throws Exception {
		Viewer holder = fixtures.viewer(Role.PARTICIPANT, null, "SO");
		String secret = tokens.issue(holder, "export").secret();
		// the JSON export (some 20 MB here), more than the connection's buffers hold while the client does not read
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/v1/incidents/export.json?mechanism=" + code)).header("Authorization", "Bearer " + secret).build();
		HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
				HttpResponse.BodyHandlers.ofInputStream());
		assertThat(response.statusCode()).isEqualTo(200);
		try (InputStream body = response.body()) {
			byte[] first = body.readNBytes(200);
			assertThat(new String(first, StandardCharsets.UTF_8)).startsWith("[{\"publicId\":\"" + code + "-2025-");
			// the client reads no further: the server is held inside the cursor, with most rows not yet read
			assertThat(serverStillReadingRows()).as("a server thread iterating over the database's rows").isTrue();
			String rest = new String(body.readAllBytes(), StandardCharsets.UTF_8);
			assertThat(rest.split("\"publicId\"", -1)).hasSize(MANY);
			assertThat(rest).endsWith("}]");
		}
	}

	/** Whether a thread of the server is inside the export's row handler, within the JDBC query (waited for briefly). */
	private static boolean serverStillReadingRows() throws InterruptedException {
		for (int attempt = 0; attempt < 50; attempt++) {
			boolean found = Thread.getAllStackTraces().values().stream().map(Arrays::asList)
				.anyMatch(stack -> stack.stream().anyMatch(frame -> frame.getClassName().endsWith("IncidentExport$Rows"))
						&& stack.stream().anyMatch(frame -> frame.getMethodName().equals("query")
								&& frame.getClassName().contains("JdbcTemplate")));
			if (found) {
				return true;
			}
			// waits for the server's thread to be seen, not for time to pass: at most a second in all
			LockSupport.parkNanos(20_000_000);
		}
		return false;
	}

	@Test
	void givesNothingOfARegisterToWhoeverIsNotOfItsCircle() throws Exception {
		String csv = mvc.perform(get("/api/v1/incidents.csv").with(as(fixtures.participant("AB"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("id,mechanism").doesNotContain(code + "-2025-");
		mvc.perform(get("/api/v1/incidents/export.json").param("mechanism", code).with(as(fixtures.participant("AB"))))
			.andExpect(status().isOk())
			.andExpect(content().string("[]"));
		mvc.perform(get("/api/v1/incidents.csv").with(as(fixtures.participant("US")))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/incidents/export.json").with(as(fixtures.admin()))).andExpect(status().isNotFound());
	}

	private static RequestPostProcessor as(Viewer viewer) {
		return authentication(Fixtures.authentication(viewer));
	}

	private static String letters(int count) {
		Random random = new Random();
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < count; i++) {
			letters.append((char) ('A' + random.nextInt(26)));
		}
		return letters.toString();
	}
}
