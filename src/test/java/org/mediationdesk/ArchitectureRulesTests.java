package org.mediationdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mediationdesk.ArchitectureRules.Source;

/** Each architecture rule catches a violation planted in a small source of its own, and passes the same source fixed. */
class ArchitectureRulesTests {

	@Test
	void catchesAFileOverFiveHundredLines() {
		Source planted = source("process", "process/Big.java", "package p;\nclass Big {\n" + "\n".repeat(500) + "}\n");

		assertThat(ArchitectureRules.longFiles(List.of(planted))).singleElement().asString()
			.contains("process/Big.java has 503 lines", "split it by use");
		assertThat(ArchitectureRules.longFiles(List.of(source("process", "process/Small.java", "class Small {}"))))
			.isEmpty();
	}

	@Test
	void catchesAMethodOverSixtyLines() {
		String body = "\t\tint a = 0;\n".repeat(60);
		Source planted = source("texts", "texts/Long.java", "class Long {\n\tvoid draft() {\n" + body + "\t}\n}\n");
		Source fixed = source("texts", "texts/Long.java", "class Long {\n\tvoid draft() {\n" + "\t\tint a = 0;\n".repeat(58)
				+ "\t}\n}\n");

		assertThat(ArchitectureRules.longMethods(List.of(planted))).singleElement().asString()
			.contains("draft has 62 lines", "give each step a method of its own");
		assertThat(ArchitectureRules.longMethods(List.of(fixed))).isEmpty();
	}

	@Test
	void catchesSqlNamingAnotherModulesTable() {
		Map<String, String> owners = Map.of("document", "documents", "audit_entry", "audit");
		Source planted = source("audit", "audit/Labels.java", """
				class Labels {
					String sql = "SELECT a.id, d.symbol FROM audit_entry a"
							+ " LEFT JOIN document d ON d.id = a.object_id";
					String words = "copied from document";
				}
				""");
		Source own = source("audit", "audit/Labels.java", """
				class Labels {
					String sql = "SELECT seq FROM audit_entry WHERE seq > :seq";
				}
				""");

		assertThat(ArchitectureRules.foreignTables(List.of(planted), owners)).singleElement().asString()
			.contains("audit/Labels.java names the table document, which belongs to documents", "SPI");
		assertThat(ArchitectureRules.foreignTables(List.of(own), owners)).isEmpty();
	}

	@Test
	void readsTheTablesTheMigrationsLeave() {
		Set<String> tables = ArchitectureRules.createdTables(List.of(
				"CREATE TABLE event_account (id UUID PRIMARY KEY);\nCREATE TABLE round_session (id UUID);",
				"ALTER TABLE event_account RENAME TO statement;\nDROP TABLE round_session;",
				"create table if not exists notification (id uuid);"));

		assertThat(tables).containsExactly("notification", "statement");
		assertThat(ArchitectureRules.tablesWithoutOwner(tables, Map.of("statement", "statements"))).singleElement()
			.asString().contains("notification, which has no owner");
	}

	@Test
	void catchesARefusalThatAsksARoleOutsideIdentity() {
		Source planted = source("formats", "formats/Planner.java", """
				class Planner {
					Object plan(Viewer viewer) {
						if (!viewer.isMediator()) {
							throw new DeskException.NotFound();
						}
						if (viewer.role() == Role.ADMIN) {
							return null;
						}
						return viewer.isMediator() ? "attributed" : "neutral";
					}
					void urls(Object rule) { rule.hasRole("ADMIN"); }
				}
				""");
		Source fixed = source("formats", "formats/Planner.java", """
				class Planner {
					Object plan(Viewer viewer) {
						viewer.requireMediator();
						return viewer.isMediator() ? "attributed" : "neutral";
					}
				}
				""");

		assertThat(ArchitectureRules.rawRoleChecks(List.of(planted))).hasSize(3)
			.anySatisfy(found -> assertThat(found).contains("formats/Planner.java:3 refuses by asking a role",
					"requireMediator()"))
			.anySatisfy(found -> assertThat(found).contains("compares roles"))
			.anySatisfy(found -> assertThat(found).contains("asks Spring Security for a role"));
		assertThat(ArchitectureRules.rawRoleChecks(List.of(fixed))).isEmpty();
		assertThat(ArchitectureRules.rawRoleChecks(List.of(source("identity", "identity/Viewer.java",
				planted.unit().toString())))).as("identity decides roles").isEmpty();
	}

	@Test
	void catchesASettingReadOutsideAPropertiesRecord() {
		Source planted = source("pagecache", "pagecache/Cache.java", """
				class Cache {
					@Value("${mediationdesk.page-cache.size:200}") int size;
				}
				""");
		Source properties = source("pagecache", "pagecache/PageCacheProperties.java", """
				@ConfigurationProperties("mediationdesk.page-cache")
				class PageCacheProperties { int size; }
				""");
		Source second = source("pagecache", "pagecache/MoreProperties.java", """
				@Validated @ConfigurationProperties("mediationdesk.page-cache.more")
				record MoreProperties(int size) {}
				""");
		Source fixed = source("pagecache", "pagecache/PageCacheProperties.java", """
				@Validated @ConfigurationProperties("mediationdesk.page-cache")
				record PageCacheProperties(@Min(1) int size) {}
				""");

		assertThat(ArchitectureRules.valuesOutsideProperties(List.of(planted))).singleElement().asString()
			.contains("pagecache/Cache.java:2 reads a setting with @Value");
		assertThat(ArchitectureRules.propertiesShape(List.of(properties, second))).hasSize(3)
			.anySatisfy(found -> assertThat(found).contains("make it a record"))
			.anySatisfy(found -> assertThat(found).contains("is not @Validated"))
			.anySatisfy(found -> assertThat(found).contains("keep one per module"));
		assertThat(ArchitectureRules.propertiesShape(List.of(fixed))).isEmpty();
		assertThat(ArchitectureRules.valuesOutsideProperties(List.of(fixed))).isEmpty();
	}

	@Test
	void catchesAnAggregateWithoutItsUnitTests() {
		Source repository = source("board", "board/FloorRepository.java", """
				package org.mediationdesk.board;
				interface FloorRepository extends CrudRepository<Floor, UUID> {}
				""");
		Source aggregate = source("board", "board/Floor.java", """
				package org.mediationdesk.board;
				class Floor {
					void give() { if (closed) throw new DeskException.Conflict("closed"); }
				}
				""");
		List<Source> sources = List.of(repository, aggregate);

		assertThat(ArchitectureRules.aggregatesWithoutUnitTests(sources, Set.of())).singleElement().asString()
			.contains("board/Floor.java guards state changes", "org.mediationdesk.board.FloorTests");
		assertThat(ArchitectureRules.aggregatesWithoutUnitTests(sources, Set.of("org.mediationdesk.board.FloorTests")))
			.isEmpty();
	}

	@Test
	void catchesAModuleWithoutAModuleTest() {
		Source moduleTest = source("texts", "texts/TextEventsIntegrationTests.java", """
				@ApplicationModuleTest
				class TextEventsIntegrationTests {}
				""");
		Set<String> tested = ArchitectureRules.modulesWithModuleTests(List.of(moduleTest));

		assertThat(tested).containsExactly("texts");
		assertThat(ArchitectureRules.modulesWithoutModuleTests(Set.of("texts", "press", "shared"), tested,
				Map.of("shared", "values only"))).singleElement().asString()
			.contains("The module press has no module test");
	}

	@Test
	void catchesATypeNamedInFullWhereItsSimpleNameIsFree() {
		Source planted = source("texts", "texts/Exports.java", """
				import org.springframework.web.bind.annotation.RequestBody;
				class Exports {
					@org.springframework.transaction.annotation.Transactional
					java.util.List<String> list(@RequestBody String body) {
						return java.util.List.of(org.mediationdesk.identity.Role.ADMIN.name());
					}
					@io.swagger.v3.oas.annotations.parameters.RequestBody
					void create() {}
				}
				""");

		assertThat(ArchitectureRules.inlineQualifiedNames(List.of(planted))).hasSize(3)
			.anySatisfy(found -> assertThat(found).contains("texts/Exports.java:3 names "
					+ "org.springframework.transaction.annotation.Transactional in full", "write Transactional"))
			.anySatisfy(found -> assertThat(found).contains("java.util.List in full"))
			.anySatisfy(found -> assertThat(found).contains("org.mediationdesk.identity.Role in full"))
			.noneSatisfy(found -> assertThat(found).contains("io.swagger"));
	}

	@Test
	void catchesMigrationVersionsThatAreNotConsecutive() {
		List<String> planted = List.of("V1__platform.sql", "V2__rounds.sql", "V2_1__titles.sql", "V4__feeds.sql",
				"V4__board.sql");

		assertThat(ArchitectureRules.migrationVersions(planted)).hasSize(3)
			.anySatisfy(found -> assertThat(found).contains("V2_1__titles.sql is not named V<whole number>"))
			.anySatisfy(found -> assertThat(found).contains("have the same version"))
			.anySatisfy(found -> assertThat(found).contains("There is no migration V3__", "a new one takes V5"));
		assertThat(ArchitectureRules.migrationVersions(List.of("V1__platform.sql", "V2__rounds.sql"))).isEmpty();
	}

	private static Source source(String module, String path, String code) {
		return Source.parse(module, path, code);
	}
}
