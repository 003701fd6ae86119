package org.mediationdesk.platform;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

/**
 * The command-line entry. Without arguments (or with only {@code --option} arguments) the web application
 * starts; a command runs against the configured database and exits:
 * <ul>
 * <li>{@code audit verify}: checks the audit chain;</li>
 * <li>{@code process import FILE}: imports a process record file into an installation without a process;</li>
 * <li>{@code process export FILE}: writes the process record to a file.</li>
 * </ul>
 * Every run gets the production-readiness check.
 */
public final class CommandLine {

	static final String COMMAND_PROPERTY = "mediationdesk.command";
	static final String FILE_PROPERTY = "mediationdesk.command-file";
	private static final String USAGE = "Usage: java -jar mediation-desk.jar [audit verify | process import FILE"
			+ " | process export FILE] [--spring.profiles.active=prod]";

	/** Each command, the name its runner answers to, and how many file arguments it takes. */
	private record Command(String name, int minFiles, int maxFiles) {
	}

	private static final Map<String, Command> COMMANDS = Map.of("audit verify", new Command("audit-verify", 0, 0),
			"process import", new Command("process-import", 1, 1), "process export",
			new Command("process-export", 1, 1));

	private CommandLine() {
	}

	public static boolean isCommand(String[] args) {
		return positional(args).length > 0;
	}

	public static SpringApplication configure(SpringApplication application, String[] args) {
		application.addListeners(new ProductionReadinessCheck());
		if (!isCommand(args)) {
			return application;
		}
		List<String> words = List.of(positional(args));
		String verb = String.join(" ", words.subList(0, Math.min(2, words.size())));
		Command command = COMMANDS.get(verb);
		List<String> files = words.subList(Math.min(2, words.size()), words.size());
		if (command == null || files.size() < command.minFiles() || files.size() > command.maxFiles()) {
			System.err.println((command == null ? "Unknown command: " : "Wrong arguments for: ") + String.join(" ", words));
			System.err.println(USAGE);
			System.exit(2);
		}
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setBannerMode(Banner.Mode.OFF);
		Map<String, Object> properties = new HashMap<>();
		properties.put(COMMAND_PROPERTY, command.name());
		properties.put("logging.level.root", "WARN");
		if (!files.isEmpty()) {
			properties.put(FILE_PROPERTY, files.get(0));
		}
		application.setDefaultProperties(properties);
		return application;
	}

	private static String[] positional(String[] args) {
		return Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toArray(String[]::new);
	}
}
