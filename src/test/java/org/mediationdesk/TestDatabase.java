package org.mediationdesk;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the database of an integration test run. By default a fresh in-memory H2 database in PostgreSQL
 * mode; with the system property {@code mediationdesk.test.database=postgres} (the second surefire run) a
 * fresh database on the PostgreSQL server at 127.0.0.1:5432, dropped when the JVM ends.
 *
 * Where PostgreSQL is not reachable, its tests are skipped with a message, unless
 * {@code MEDIATIONDESK_REQUIRE_POSTGRES=true} (set by CI), which makes them fail instead.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext>, ExecutionCondition {

	static final String SERVER = System.getenv().getOrDefault("MEDIATIONDESK_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
	static final String USER = System.getenv().getOrDefault("MEDIATIONDESK_TEST_PG_USER", "postgres");
	static final String PASSWORD = System.getenv().getOrDefault("MEDIATIONDESK_TEST_PG_PASSWORD", "");

	private static String url;

	public static boolean postgres() {
		return "postgres".equals(System.getProperty("mediationdesk.test.database"));
	}

	/** The JDBC URL of this run's database, created on first use. */
	public static synchronized String url() {
		if (url == null) {
			url = freshUrl();
		}
		return url;
	}

	/** The JDBC URL of another, empty database of the same kind (in-memory H2, or a new PostgreSQL database). */
	public static String freshUrl() {
		return postgres() ? createPostgresDatabase()
				: "jdbc:h2:mem:md-" + UUID.randomUUID() + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
	}

	public static String user() {
		return postgres() ? USER : "sa";
	}

	public static String password() {
		return postgres() ? PASSWORD : "";
	}

	private static java.nio.file.Path auditDirectory;

	/**
	 * Where this run keeps the audit checkpoint key and file: a fresh directory under {@code target/} per run, since
	 * each run has a fresh database.
	 */
	public static synchronized java.nio.file.Path auditDirectory() {
		if (auditDirectory == null) {
			try {
				java.nio.file.Path root = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "audit-checkpoints"));
				auditDirectory = java.nio.file.Files.createTempDirectory(root, postgres() ? "postgres-" : "h2-").toAbsolutePath();
			}
			catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}
		return auditDirectory;
	}

	/** The settings of this run's audit checkpoints. */
	public static Map<String, Object> auditSettings() {
		return Map.of("mediationdesk.audit.checkpoint-key", auditDirectory().resolve("audit-checkpoint.key").toString(),
				"mediationdesk.audit.checkpoint-file", auditDirectory().resolve("audit-checkpoints.txt").toString(),
				"mediationdesk.security.second-factor-key", auditDirectory().resolve("second-factor.key").toString());
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> settings = new java.util.HashMap<>(auditSettings());
		settings.put("spring.datasource.url", url());
		settings.put("spring.datasource.username", user());
		settings.put("spring.datasource.password", password());
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-database", settings));
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!postgres()) {
			return ConditionEvaluationResult.enabled("H2 run");
		}
		try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD)) {
			return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + SERVER);
		}
		catch (SQLException e) {
			String message = "PostgreSQL is not reachable at " + SERVER + " (" + e.getMessage()
					+ "); start it to run the PostgreSQL half of the suite";
			if ("true".equalsIgnoreCase(System.getenv("MEDIATIONDESK_REQUIRE_POSTGRES"))) {
				throw new IllegalStateException(message + ". MEDIATIONDESK_REQUIRE_POSTGRES=true, so this fails.", e);
			}
			return ConditionEvaluationResult.disabled(message);
		}
	}

	private static String createPostgresDatabase() {
		String name = "mediationdesk_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
			.toLowerCase(Locale.ROOT);
		execute("CREATE DATABASE " + name);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			afterTheApplicationsClose();
			execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}, "drop-test-database"));
		return SERVER + name;
	}

	/**
	 * Waits (a while at most) for the test contexts to close, which happens in Spring's own shutdown hook, beside this
	 * one: a database dropped under them makes their last requests wait for a connection that never comes, and the
	 * test JVM is then killed instead of ending.
	 */
	private static void afterTheApplicationsClose() {
		// the hooks start together: Spring's may not be running yet when this one looks for it
		long end = System.nanoTime() + Duration.ofSeconds(2).toNanos();
		List<Thread> closing = List.of();
		while (closing.isEmpty() && System.nanoTime() < end && !Thread.currentThread().isInterrupted()) {
			LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
			closing = Thread.getAllStackTraces().keySet().stream()
				.filter(thread -> thread.getName().equals("SpringApplicationShutdownHook")
						|| thread.getName().equals("SpringContextShutdownHook"))
				.toList();
		}
		try {
			for (Thread thread : closing) {
				thread.join(Duration.ofSeconds(20).toMillis());
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not run '" + sql + "' on " + SERVER + ": " + e.getMessage(), e);
		}
	}
}
