package org.mediationdesk.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.process.ProcessFileReader;
import org.mediationdesk.process.ProcessFileRejected;
import org.mediationdesk.records.ProcessTransfer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.jayway.jsonpath.JsonPath;

/**
 * The mechanisms' escalation chains in the process record file: the reference record gives each its chain, an
 * export carries a mechanism's own chain, and a chain that breaks the rules is refused with the place and reason.
 */
@IntegrationTest
class HotlineRecordPartIntegrationTests {

	@Autowired
	ProcessTransfer transfer;

	@Autowired
	HotlineRecordPart part;

	@Autowired
	ProcessFileReader reader;

	@Autowired
	Hotline hotline;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void backToTheDefaultChain() {
		jdbc.sql("DELETE FROM hotline_escalation_step WHERE mechanism_id = (SELECT id FROM mechanism WHERE code = 'ERG')")
			.update();
	}

	@Test
	void exportsAMechanismsOwnChainAndRefusesABrokenOneWithItsPlace() {
		hotline.replaceChain(fixtures.secretariat(), "ERG", List.of(
				new EscalationStep(Duration.ofMinutes(5), EscalationTarget.SUPERVISORS, List.of("duty-supervisor")),
				new EscalationStep(Duration.ofMinutes(45), EscalationTarget.NOBODY_ANSWERED, List.of())));
		String file = new String(transfer.export(fixtures.secretariat()), StandardCharsets.UTF_8);
		List<Integer> delays = JsonPath.read(file, "$.mechanisms[?(@.code == 'ERG')].escalationChain[*].delayMinutes");
		assertThat(delays).containsExactly(5, 45);
		List<String> accounts = JsonPath.read(file, "$.mechanisms[?(@.code == 'ERG')].escalationChain[0].accounts[*]");
		assertThat(accounts).containsExactly("duty-supervisor");

		String broken = file.replaceFirst("(\"delayMinutes\"\\s*:\\s*)45", "$11");
		assertThat(broken).isNotEqualTo(file);
		ProcessFileReader.Read read = reader.read(broken.getBytes(StandardCharsets.UTF_8));
		part.check(read.file(), read.problems());
		assertThatThrownBy(() -> read.problems().rejectIfAny()).isInstanceOfSatisfying(ProcessFileRejected.class,
				rejected -> assertThat(rejected.problems()).anySatisfy(problem -> {
					assertThat(problem.field()).endsWith("escalationChain");
					assertThat(problem.code()).isEqualTo("hotline.chainDelays");
				}));
	}

	@Test
	void theReferenceRecordGivesEachMechanismItsChain() {
		assertThat(jdbc.sql("SELECT COUNT(DISTINCT m.code) FROM hotline_escalation_step s JOIN mechanism m"
				+ " ON m.id = s.mechanism_id WHERE m.code IN ('ERG', 'GAL') AND s.target = 'NOBODY_ANSWERED'")
			.query(Integer.class).single()).as("Gali's chain at least (Ergneti's may be under a test's edit)").isPositive();
	}
}
