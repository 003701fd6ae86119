package org.mediationdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A database migrated while the versions still had a gap and a {@code V21_1} keeps working after the renaming. */
class MigrationRenumberingTests {

	private final DriverManagerDataSource database = new DriverManagerDataSource(
			"jdbc:h2:mem:renumbering-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1", "sa", "");

	private final JdbcClient jdbc = JdbcClient.create(database);

	@Test
	void acceptsADatabaseMigratedUnderTheOldVersions() {
		flyway().migrate();
		recordUnderOldVersions();

		flyway(new MigrationRenumbering()).validate();
		var result = flyway(new MigrationRenumbering()).migrate();

		assertThat(result.migrationsExecuted).isZero();
		assertThat(versions()).isEqualTo(consecutive(versions().size())).contains("22", "27");
	}

	@Test
	void withoutTheRenamingFlywayRefusesSuchADatabase() {
		flyway().migrate();
		recordUnderOldVersions();

		assertThatThrownBy(() -> flyway().migrate()).isInstanceOf(FlywayException.class);
	}

	@Test
	void leavesANewDatabaseAsFlywayMakesIt() {
		flyway(new MigrationRenumbering()).migrate();

		assertThat(versions()).isEqualTo(consecutive(versions().size())).contains("22", "27");
	}

	private void recordUnderOldVersions() {
		for (Map.Entry<String, String[]> renamed : MigrationRenumbering.RENAMED.entrySet()) {
			String oldVersion = renamed.getKey().substring(1, renamed.getKey().indexOf("__")).replace('_', '.');
			jdbc.sql("UPDATE \"flyway_schema_history\" SET \"version\" = :old, \"script\" = :oldScript WHERE \"script\" = :script")
					.param("old", oldVersion).param("oldScript", renamed.getKey())
					.param("script", renamed.getValue()[1]).update();
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" IN ('21.1', '27')")
				.query(Integer.class).single()).isEqualTo(1);
	}

	private Flyway flyway(Callback... callbacks) {
		return Flyway.configure().dataSource(database).locations("classpath:db/migration/common")
				.callbacks(callbacks).load();
	}

	private List<String> versions() {
		return jdbc.sql("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"type\" = 'SQL' ORDER BY \"installed_rank\"")
				.query(String.class).list();
	}

	private static List<String> consecutive(int last) {
		return IntStream.rangeClosed(1, last).mapToObj(String::valueOf).toList();
	}
}
