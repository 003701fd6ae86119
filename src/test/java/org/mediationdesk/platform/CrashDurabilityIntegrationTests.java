package org.mediationdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mediationdesk.AppProcess;
import org.mediationdesk.TestDatabase;

/**
 * A write the application has acknowledged survives a kill -9: the application runs as a process of its own
 * on a database of its own (the embedded database under {@code target/} as shipped, or a fresh PostgreSQL
 * database in the second run), eight clients file documents through the API, the process is killed with
 * SIGKILL while they are still writing, and after a restart on the same data every acknowledged document is
 * there, with its audit entry, and {@code audit verify} finds the chain and its signed checkpoint intact.
 */
@ExtendWith(TestDatabase.class)
class CrashDurabilityIntegrationTests {

	private static final String ADMIN_PASSWORD = "admin-password-for-tests";
	private static final int THREADS = 8;
	private static final int ACKNOWLEDGED_BEFORE_KILL = 240;
	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void keepsEveryAcknowledgedWriteAndItsAuditEntryThroughAKillNine() throws Exception {
		Path data = AppProcess.dataDirectory("crash");
		List<String> database = databaseArguments(data);
		List<String> arguments = new ArrayList<>(database);
		arguments.add("--mediationdesk.reference-record=false");
		arguments.add("--mediationdesk.admin-password=" + ADMIN_PASSWORD);
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		AtomicInteger refused = new AtomicInteger();
		String token;
		try (AppProcess first = AppProcess.server(data, "first", arguments)) {
			token = postgresUrl == null ? token(first, "participant-ge", first.demoPassword("participant-ge"))
					: token(first, participantOnPostgres(), ADMIN_PASSWORD);
			ExecutorService clients = Executors.newFixedThreadPool(THREADS);
			CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
			for (int t = 0; t < THREADS; t++) {
				int thread = t;
				clients.submit(() -> {
					for (int i = 0; first.process().isAlive(); i++) {
						try {
							HttpResponse<String> response = http.send(fileDocument(first, token, thread, i),
									HttpResponse.BodyHandlers.ofString());
							if (response.statusCode() == 201) {
								Matcher id = ID.matcher(response.body());
								assertThat(id.find()).as(response.body()).isTrue();
								acknowledged.add(id.group(1));
								enough.countDown();
							}
							else {
								refused.incrementAndGet();
							}
						}
						catch (Exception killedMidRequest) {
							return;
						}
					}
				});
			}
			assertThat(enough.await(120, TimeUnit.SECONDS)).as("%s documents acknowledged", ACKNOWLEDGED_BEFORE_KILL).isTrue();
			// still under load: the clients keep writing until the process is gone
			first.kill();
			assertThat(first.process().exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);
			clients.shutdown();
			assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(refused.get()).as("writes refused before the kill").isZero();
		Set<String> ids = Set.copyOf(acknowledged);

		Set<String> kept = new HashSet<>();
		try (AppProcess second = AppProcess.server(data, "second", arguments)) {
			for (String id : ids) {
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(second.base() + "/api/v1/documents/" + id))
					.header("Authorization", "Bearer " + token)
					.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					kept.add(id);
				}
			}
			second.stop();
		}
		Set<String> audited = auditedDocuments(data);
		System.out.printf("kill -9 on %s: %d writes acknowledged, %d kept, %d with their audit entry%n",
				TestDatabase.postgres() ? "PostgreSQL" : "the embedded database", ids.size(), kept.size(),
				ids.stream().filter(audited::contains).count());
		assertThat(ids).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
		assertThat(kept).as("acknowledged documents kept after the kill").containsExactlyInAnyOrderElementsOf(ids);
		assertThat(audited).as("audit entries of the acknowledged documents").containsAll(ids);

		try (AppProcess verify = AppProcess.start(data, "verify", withCommand(database, "audit", "verify"))) {
			assertThat(verify.awaitExit()).as(verify.output()).isZero();
			assertThat(verify.output()).contains("audit chain intact");
		}
	}

	/** A fresh PostgreSQL database in the second run; otherwise none, for the embedded one. */
	private final String postgresUrl = TestDatabase.postgres() ? TestDatabase.freshUrl() : null;

	private List<String> databaseArguments(Path data) {
		if (postgresUrl == null) {
			// the embedded database as shipped: its URL comes from application.properties
			return List.of();
		}
		return List.of("--spring.datasource.url=" + postgresUrl,
				"--spring.datasource.username=" + TestDatabase.user(),
				"--spring.datasource.password=" + TestDatabase.password());
	}

	private static List<String> withCommand(List<String> arguments, String... command) {
		List<String> all = new ArrayList<>(List.of(command));
		all.addAll(arguments);
		return all;
	}

	private Set<String> auditedDocuments(Path data) throws Exception {
		String url = postgresUrl != null ? postgresUrl
				: "jdbc:h2:file:" + data.resolve("mediationdesk") + ";MODE=PostgreSQL";
		Set<String> ids = new HashSet<>();
		try (Connection connection = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT object_id FROM audit_entry WHERE action = 'document.filed'")) {
			while (rows.next()) {
				ids.add(rows.getString(1));
			}
		}
		return ids;
	}

	/**
	 * On PostgreSQL there are no evaluation accounts: a participant account is added beside the administrator's,
	 * with the same password.
	 */
	private String participantOnPostgres() throws Exception {
		try (Connection connection = DriverManager.getConnection(postgresUrl, TestDatabase.user(), TestDatabase.password());
				Statement statement = connection.createStatement()) {
			statement.executeUpdate("INSERT INTO account (id, username, display_name, password_hash, role, group_id, enabled,"
					+ " created_at, logins_valid_from, version) SELECT '" + java.util.UUID.randomUUID() + "', 'crash-ge',"
					+ " 'Crash test participant', password_hash, 'PARTICIPANT', (SELECT id FROM participant_group WHERE code = 'GE'),"
					+ " TRUE, created_at, created_at, 0 FROM account WHERE username = 'admin'");
		}
		return "crash-ge";
	}

	private String token(AppProcess app, String username, String password) throws Exception {
		String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(app.base() + "/api/v1/tokens"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"crash test\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		Matcher secret = Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
		assertThat(secret.find()).isTrue();
		return secret.group(1);
	}

	private static HttpRequest fileDocument(AppProcess app, String token, int thread, int i) {
		String body = "{\"symbol\":\"GID/CRASH/" + thread + "/" + i + "\",\"title\":\"Crash test " + thread + "-" + i
				+ "\",\"kind\":\"NON_PAPER\",\"audience\":{\"kind\":\"ALL_PARTICIPANTS\"},\"circulationDate\":\"2026-11-20\","
				+ "\"texts\":{\"EN\":\"Text " + i + "\"}}";
		return HttpRequest.newBuilder(URI.create(app.base() + "/api/v1/documents"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}
}
