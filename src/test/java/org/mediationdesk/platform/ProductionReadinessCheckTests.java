package org.mediationdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ProductionReadinessCheckTests {

	@Test
	void namesEveryMissingSettingInProduction() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("prod");
		assertThat(String.join("\n", ProductionReadinessCheck.problems(environment)))
			.contains("MEDIATIONDESK_DB_URL", "MEDIATIONDESK_DB_USER", "MEDIATIONDESK_DB_PASSWORD");
	}

	@Test
	void refusesTheEmbeddedDatabaseInProduction() {
		MockEnvironment environment = new MockEnvironment().withProperty("MEDIATIONDESK_DB_URL", "jdbc:h2:file:./data/x")
			.withProperty("MEDIATIONDESK_DB_USER", "sa")
			.withProperty("MEDIATIONDESK_DB_PASSWORD", "");
		environment.setActiveProfiles("prod");
		assertThat(ProductionReadinessCheck.problems(environment)).singleElement()
			.asString()
			.contains("must point to PostgreSQL");
	}

	@Test
	void acceptsACompletePostgresConfiguration() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("MEDIATIONDESK_DB_URL", "jdbc:postgresql://db:5432/mediationdesk")
			.withProperty("MEDIATIONDESK_DB_USER", "desk")
			.withProperty("MEDIATIONDESK_DB_PASSWORD", "secret");
		environment.setActiveProfiles("prod");
		assertThat(ProductionReadinessCheck.problems(environment)).isEmpty();
	}

	@Test
	void leavesEvaluationModeAlone() {
		assertThat(ProductionReadinessCheck.problems(new MockEnvironment())).isEmpty();
	}
}
