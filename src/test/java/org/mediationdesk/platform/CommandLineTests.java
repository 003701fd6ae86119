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
		assertThat(commands).containsOnlyKeys("audit verify", "process import", "process export");
		assertThat(commands.get("audit verify").files()).isZero();
		assertThat(commands.get("process import").files()).isEqualTo(1);
		assertThat(commands.get("process export").name()).as("the name its runner answers to")
			.isEqualTo("process-export");
	}

	@Test
	void namesEveryCommandInItsUsage() {
		assertThat(CommandLine.usage(commands)).isEqualTo("Usage: java -jar mediation-desk.jar [audit verify"
				+ " | process export FILE | process import FILE] [--spring.profiles.active=prod]");
	}

	@Test
	void leavesTheWebApplicationAloneWithoutACommand() {
		assertThat(CommandLine.isCommand(new String[] { "--server.port=0" })).isFalse();
		assertThat(CommandLine.isCommand(new String[] { "process", "export", "x.json", "--server.port=0" })).isTrue();
	}
}
