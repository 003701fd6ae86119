package org.mediationdesk;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The database of a module test: a fresh, empty one of this run's kind (in-memory H2, or a new PostgreSQL
 * database in the second run), so that what a module test records never reaches the database the full-stack
 * tests share (a process recorded here would keep the reference record from loading there).
 */
public class ModuleTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> settings = new HashMap<>(TestDatabase.auditSettings());
		settings.putAll(Map.of("spring.datasource.url", TestDatabase.freshUrl(), "spring.datasource.username",
				TestDatabase.user(), "spring.datasource.password", TestDatabase.password()));
		// a module test's context stays cached beside the others: two connections each keep the whole suite within
		// the database server's limit of connections
		settings.put("spring.datasource.hikari.maximum-pool-size", 2);
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("module-test-database", settings));
	}
}
