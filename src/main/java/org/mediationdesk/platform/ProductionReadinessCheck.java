package org.mediationdesk.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.mediationdesk.shared.PublicAddress;
import org.mediationdesk.shared.StartRefused;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Refuses to start the {@code prod} profile on the embedded database or without its required settings,
 * and says which setting is missing, before anything connects anywhere.
 */
public class ProductionReadinessCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	static final List<String> REQUIRED = List.of("MEDIATIONDESK_DB_URL", "MEDIATIONDESK_DB_USER",
			"MEDIATIONDESK_DB_PASSWORD");

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		List<String> problems = problems(event.getEnvironment());
		if (!problems.isEmpty()) {
			throw new StartRefused("Mediation Desk will not start in production: " + String.join("; ", problems));
		}
	}

	/** What stops the environment from running in production; empty if it is not production or all is set. */
	static List<String> problems(Environment environment) {
		if (!Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
			return List.of();
		}
		List<String> problems = new ArrayList<>();
		for (String setting : REQUIRED) {
			String value = environment.getProperty(setting);
			boolean mayBeEmpty = setting.endsWith("PASSWORD");
			if (value == null || (!mayBeEmpty && value.isBlank())) {
				problems.add("the setting " + setting + " is missing; set it as an environment variable");
			}
		}
		String url = environment.getProperty("spring.datasource.url", environment.getProperty("MEDIATIONDESK_DB_URL", ""));
		if (!url.isBlank() && !url.startsWith("jdbc:postgresql:")) {
			problems.add("MEDIATIONDESK_DB_URL must point to PostgreSQL (jdbc:postgresql://host:port/database);"
					+ " the embedded H2 database is for evaluation only");
		}
		// the web server builds its absolute addresses from this setting; commands (audit verify…) need none
		String command = environment.getProperty(CommandLine.COMMAND_PROPERTY, "none");
		String publicBase = environment.getProperty(PublicAddress.PROPERTY,
				environment.getProperty("MEDIATIONDESK_PUBLIC_BASE_URL", ""));
		if ("none".equals(command)) {
			if (publicBase.isBlank()) {
				problems.add("the setting MEDIATIONDESK_PUBLIC_BASE_URL is missing; set it to the address at which people"
						+ " reach Mediation Desk, such as https://desk.example.org");
			}
			else if (!publicBase.strip().startsWith("https://")) {
				problems.add("MEDIATIONDESK_PUBLIC_BASE_URL must start with https:// in production; it is " + publicBase);
			}
		}
		String wrong = PublicAddress.problem(publicBase);
		if (wrong != null) {
			problems.add("MEDIATIONDESK_PUBLIC_BASE_URL " + wrong);
		}
		// the key that signs the audit log's checkpoints is never generated in production: it must be there
		String key = environment.getProperty("mediationdesk.audit.checkpoint-key", "");
		if (key.isBlank() || !Files.isReadable(Path.of(key))) {
			problems.add("the audit checkpoint key " + (key.isBlank() ? "" : key + " ") + "is missing; create it with:"
					+ " openssl genpkey -algorithm ed25519 -out " + (key.isBlank() ? "FILE" : key)
					+ " (or point MEDIATIONDESK_AUDIT_CHECKPOINT_KEY at it)");
		}
		return problems;
	}
}
