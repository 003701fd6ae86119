package org.mediationdesk.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.mediationdesk.shared.DeskCommand;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.classreading.MetadataReader;

/**
 * The command-line entry. Without arguments (or with only {@code --option} arguments) the web application
 * starts; a command runs against the configured database and exits. The commands are those the modules
 * declare on their runners ({@link DeskCommand}), such as {@code audit verify}, {@code process import FILE}
 * and {@code process export FILE}. Every run gets the production-readiness check.
 */
public final class CommandLine {

	static final String COMMAND_PROPERTY = DeskCommand.PROPERTY;
	static final String FILE_PROPERTY = DeskCommand.FILE_PROPERTY;

	/** A command as its runner declares it: its words, how many file arguments it takes, its options with a value. */
	record Command(String words, int files, List<String> options, Map<String, String> valueNames) {

		Command(String words, int files) {
			this(words, files, List.of(), Map.of());
		}

		/** A command whose options are declared as {@code name} (a file) or {@code name:VALUE}. */
		static Command declared(String words, int files, String[] declared) {
			List<String> names = new ArrayList<>();
			Map<String, String> valueNames = new HashMap<>();
			for (String option : declared) {
				String[] parts = option.split(":", 2);
				names.add(parts[0]);
				if (parts.length == 2) {
					valueNames.put(parts[0], parts[1]);
				}
			}
			return new Command(words, files, List.copyOf(names), Map.copyOf(valueNames));
		}

		/** The name its runner answers to. */
		String name() {
			return words.replace(' ', '-');
		}

		String usage() {
			return words + " FILE".repeat(files) + options.stream()
				.map(option -> " [--" + option + " " + valueNames.getOrDefault(option, "FILE") + "]")
				.collect(Collectors.joining());
		}
	}

	private CommandLine() {
	}

	/**
	 * Whether a failed start was refused for a reason already printed in one line (a missing setting, a database in
	 * use): the caller then exits with code 1 without a stack trace.
	 */
	public static boolean refusedInOneLine(Throwable failure) {
		return StartRefusalReporter.reason(failure) != null;
	}

	public static boolean isCommand(String[] args) {
		return positional(args).length > 0;
	}

	public static SpringApplication configure(SpringApplication application, String[] args) {
		application.addListeners(new ProductionReadinessCheck(), new DatabaseInUseCheck());
		if (!isCommand(args)) {
			return application;
		}
		Map<String, Command> commands = commands(application);
		List<String> all = List.of(positional(args));
		String verb = String.join(" ", all.subList(0, Math.min(2, all.size())));
		Command command = commands.get(verb);
		Map<String, String> options = new HashMap<>();
		List<String> words = command == null ? all : withoutOptions(args, command.options(), options);
		List<String> files = words.subList(Math.min(2, words.size()), words.size());
		if (command == null || files.size() != command.files() || options.containsValue(null)) {
			System.err.println((command == null ? "Unknown command: " : "Wrong arguments for: ") + String.join(" ", words));
			System.err.println(usage(commands));
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
		options.forEach((name, value) -> properties.put(DeskCommand.OPTION_PREFIX + name, value));
		application.setDefaultProperties(properties);
		return application;
	}

	static String usage(Map<String, Command> commands) {
		return "Usage: java -jar mediation-desk.jar ["
				+ commands.values().stream().map(Command::usage).collect(Collectors.joining(" | "))
				+ "] [--spring.profiles.active=prod]";
	}

	/**
	 * The commands that the runners in the application's packages declare, by their words. Read from the
	 * classes' metadata without loading them, before the application starts; a runner's conditions are not
	 * asked here, since they depend on the command being run.
	 */
	static Map<String, Command> commands(SpringApplication application) {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(MetadataReader reader) {
				return reader.getAnnotationMetadata().hasAnnotation(DeskCommand.class.getName());
			}
		};
		Map<String, Command> commands = new TreeMap<>();
		for (Object source : application.getAllSources()) {
			if (source instanceof Class<?> type) {
				for (BeanDefinition runner : scanner.findCandidateComponents(type.getPackageName())) {
					Map<String, Object> declared = ((AnnotatedBeanDefinition) runner).getMetadata()
						.getAnnotationAttributes(DeskCommand.class.getName());
					for (String words : (String[]) declared.get("value")) {
						commands.put(words, Command.declared(words, (Integer) declared.get("files"),
								(String[]) declared.get("options")));
					}
				}
			}
		}
		return commands;
	}

	/**
	 * The positional words of the arguments, without the values of the command's options; those go into
	 * {@code values} by option name (null for an option given without its value).
	 */
	static List<String> withoutOptions(String[] args, List<String> declared, Map<String, String> values) {
		List<String> words = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("--")) {
				words.add(arg);
				continue;
			}
			int equals = arg.indexOf('=');
			String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
			if (!declared.contains(name)) {
				continue;
			}
			if (equals >= 0) {
				values.put(name, arg.substring(equals + 1));
			}
			else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
				values.put(name, args[++i]);
			}
			else {
				values.put(name, null);
			}
		}
		return words;
	}

	private static String[] positional(String[] args) {
		return Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toArray(String[]::new);
	}
}
