package org.mediationdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mediationdesk.MediationDeskApplication;
import org.springframework.boot.SpringApplication;

/** The command line knows the commands that the modules declare on their runners, before anything starts. */
class CommandLineTests {

	private final Map<String, CommandLine.Command> commands = CommandLine
		.commands(new SpringApplication(MediationDeskApplication.class));

	@Test
	void findsEveryCommandTheModulesDeclare() {
		assertThat(commands).containsOnlyKeys("audit verify", "audit checkpoint", "process import", "process export",
				"second-factor rotate-key");
		assertThat(commands.get("audit verify").options()).containsExactly("checkpoint");
		assertThat(commands.get("audit verify").files()).isZero();
		assertThat(commands.get("process import").files()).isEqualTo(1);
		assertThat(commands.get("process export").name()).as("the name its runner answers to")
			.isEqualTo("process-export");
	}

	@Test
	void namesEveryCommandInItsUsage() {
		assertThat(CommandLine.usage(commands)).isEqualTo("Usage: java -jar mediation-desk.jar [audit checkpoint"
				+ " [--lost-file REASON] | audit verify [--checkpoint FILE] | process export FILE | process import FILE"
				+ " | second-factor rotate-key]"
				+ " [--spring.profiles.active=prod]");
	}

	@Test
	void takesTheValueOfACommandsOptionApartFromItsWords() {
		for (String[] args : new String[][] { { "audit", "verify", "--checkpoint", "head.txt", "--server.port=0" },
				{ "audit", "verify", "--checkpoint=head.txt" } }) {
			Map<String, String> options = new java.util.HashMap<>();
			assertThat(CommandLine.withoutOptions(args, java.util.List.of("checkpoint"), options)).containsExactly("audit",
					"verify");
			assertThat(options).containsExactly(Map.entry("checkpoint", "head.txt"));
		}
		Map<String, String> missing = new java.util.HashMap<>();
		CommandLine.withoutOptions(new String[] { "audit", "verify", "--checkpoint" }, java.util.List.of("checkpoint"), missing);
		assertThat(missing).containsEntry("checkpoint", null);
	}

	@Test
	void leavesTheWebApplicationAloneWithoutACommand() {
		assertThat(CommandLine.isCommand(new String[] { "--server.port=0" })).isFalse();
		assertThat(CommandLine.isCommand(new String[] { "process", "export", "x.json", "--server.port=0" })).isTrue();
	}
}
