package org.mediationdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mediationdesk.MediationDeskApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class ProductionReadinessCheckTests {

	@org.junit.jupiter.api.io.TempDir
	java.nio.file.Path directory;

	/** A key file that is there (the check asks only that it be readable; its form is checked when it is loaded). */
	private String key() throws java.io.IOException {
		return java.nio.file.Files.writeString(directory.resolve("audit-checkpoint.key"), "key").toString();
	}

	@Test
	void requiresTheAuditCheckpointKeyInProduction() throws Exception {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("MEDIATIONDESK_DB_URL", "jdbc:postgresql://db:5432/mediationdesk")
			.withProperty("MEDIATIONDESK_DB_USER", "desk")
			.withProperty("MEDIATIONDESK_DB_PASSWORD", "secret")
			.withProperty("MEDIATIONDESK_PUBLIC_BASE_URL", "https://desk.example.org")
			.withProperty("mediationdesk.audit.checkpoint-key", directory.resolve("missing.key").toString());
		environment.setActiveProfiles("prod");
		assertThat(ProductionReadinessCheck.problems(environment)).singleElement()
			.asString()
			.contains("the audit checkpoint key " + directory.resolve("missing.key") + " is missing")
			.contains("openssl genpkey -algorithm ed25519 -out " + directory.resolve("missing.key"));
		environment.setProperty("mediationdesk.audit.checkpoint-key", key());
		assertThat(ProductionReadinessCheck.problems(environment)).isEmpty();
	}

	@Test
	void namesEveryMissingSettingInProduction() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("prod");
		assertThat(String.join("\n", ProductionReadinessCheck.problems(environment)))
			.contains("MEDIATIONDESK_DB_URL", "MEDIATIONDESK_DB_USER", "MEDIATIONDESK_DB_PASSWORD");
	}

	@Test
	void refusesTheEmbeddedDatabaseInProduction() throws Exception {
		MockEnvironment environment = new MockEnvironment().withProperty("mediationdesk.audit.checkpoint-key", key())
			.withProperty("MEDIATIONDESK_DB_URL", "jdbc:h2:file:./data/x")
			.withProperty("MEDIATIONDESK_DB_USER", "sa")
			.withProperty("MEDIATIONDESK_DB_PASSWORD", "")
			.withProperty("MEDIATIONDESK_PUBLIC_BASE_URL", "https://desk.example.org");
		environment.setActiveProfiles("prod");
		assertThat(ProductionReadinessCheck.problems(environment)).singleElement()
			.asString()
			.contains("must point to PostgreSQL");
	}

	@Test
	void refusesAnEmbeddedDatabaseGivenDirectly() throws Exception {
		MockEnvironment environment = new MockEnvironment().withProperty("mediationdesk.audit.checkpoint-key", key())
			.withProperty("MEDIATIONDESK_DB_URL", "jdbc:postgresql://db:5432/mediationdesk")
			.withProperty("MEDIATIONDESK_DB_USER", "desk")
			.withProperty("MEDIATIONDESK_DB_PASSWORD", "secret")
			.withProperty("spring.datasource.url", "jdbc:h2:mem:x")
			.withProperty("MEDIATIONDESK_PUBLIC_BASE_URL", "https://desk.example.org");
		environment.setActiveProfiles("prod");
		assertThat(ProductionReadinessCheck.problems(environment)).singleElement().asString().contains("PostgreSQL");
	}

	@Test
	void acceptsACompletePostgresConfiguration() throws Exception {
		MockEnvironment environment = new MockEnvironment().withProperty("mediationdesk.audit.checkpoint-key", key())
			.withProperty("MEDIATIONDESK_DB_URL", "jdbc:postgresql://db:5432/mediationdesk")
			.withProperty("MEDIATIONDESK_DB_USER", "desk")
			.withProperty("MEDIATIONDESK_DB_PASSWORD", "secret")
			.withProperty("MEDIATIONDESK_PUBLIC_BASE_URL", "https://desk.example.org");
		environment.setActiveProfiles("prod");
		assertThat(ProductionReadinessCheck.problems(environment)).isEmpty();
	}

	@Test
	void requiresAnHttpsPublicAddressForTheServerButNotForCommands() throws Exception {
		MockEnvironment environment = new MockEnvironment().withProperty("mediationdesk.audit.checkpoint-key", key())
			.withProperty("MEDIATIONDESK_DB_URL", "jdbc:postgresql://db:5432/mediationdesk")
			.withProperty("MEDIATIONDESK_DB_USER", "desk")
			.withProperty("MEDIATIONDESK_DB_PASSWORD", "secret");
		environment.setActiveProfiles("prod");
		assertThat(ProductionReadinessCheck.problems(environment)).singleElement().asString()
			.contains("MEDIATIONDESK_PUBLIC_BASE_URL is missing");
		environment.setProperty("mediationdesk.public-base-url", "http://desk.example.org");
		assertThat(ProductionReadinessCheck.problems(environment)).singleElement().asString().contains("https://");
		environment.setProperty("mediationdesk.public-base-url", "https://desk.example.org/?x=1");
		assertThat(ProductionReadinessCheck.problems(environment)).singleElement().asString().contains("without query");
		environment.setProperty("mediationdesk.public-base-url", "");
		environment.setProperty(CommandLine.COMMAND_PROPERTY, "audit-verify");
		assertThat(ProductionReadinessCheck.problems(environment)).isEmpty();
	}

	@Test
	void stopsTheApplicationBeforeItConnectsAnywhere() {
		org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("MEDIATIONDESK_DB_URL") == null,
				"MEDIATIONDESK_DB_URL is set in this environment, so it cannot be missing");
		String[] args = { "--spring.profiles.active=prod", "--server.port=0" };
		SpringApplication application = CommandLine.configure(new SpringApplication(MediationDeskApplication.class), args);
		assertThatThrownBy(() -> application.run(args)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("will not start in production")
			.hasMessageContaining("MEDIATIONDESK_DB_URL is missing");
	}

	@Test
	void leavesEvaluationModeAlone() {
		assertThat(ProductionReadinessCheck.problems(new MockEnvironment())).isEmpty();
	}
}
