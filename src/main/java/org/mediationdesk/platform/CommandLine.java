package org.mediationdesk.platform;

import java.util.Arrays;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

/**
 * The command-line entry. Without arguments (or with only {@code --option} arguments) the web application
 * starts; {@code audit verify} checks the audit chain and exits. Every run gets the production-readiness
 * check.
 */
public final class CommandLine {

	static final String COMMAND_PROPERTY = "mediationdesk.command";
	private static final Map<String, String> COMMANDS = Map.of("audit verify", "audit-verify");

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
		String command = String.join(" ", positional(args));
		String name = COMMANDS.get(command);
		if (name == null) {
			System.err.println("Unknown command: " + command);
			System.err.println("Usage: java -jar mediation-desk.jar [audit verify] [--spring.profiles.active=prod]");
			System.exit(2);
		}
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setBannerMode(Banner.Mode.OFF);
		application.setDefaultProperties(Map.of(COMMAND_PROPERTY, name, "logging.level.root", "WARN"));
		return application;
	}

	private static String[] positional(String[] args) {
		return Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toArray(String[]::new);
	}
}
