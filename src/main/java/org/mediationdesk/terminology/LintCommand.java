package org.mediationdesk.terminology;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;

import tools.jackson.databind.json.JsonMapper;
import org.mediationdesk.shared.MessagePatterns;

/**
 * {@code terminology lint [--kind mediator|participant|press] [--language en|ru|ka|auto] [--format text|json]
 * [--glossary FILE] FILE...}: checks files against the glossary without starting the application or
 * touching a database. Exits 0 when no file has a blocker, 1 when a mediator's text has one, 2 on a usage
 * error or a file it cannot read (saying why). The JSON format prints one object per file and line.
 */
public final class LintCommand {

	static final String USAGE = "Usage: java -jar mediation-desk.jar terminology lint [--kind mediator|participant|press]"
			+ " [--language en|ru|ka|auto] [--format text|json] [--glossary FILE] FILE...";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private LintCommand() {
	}

	/** Whether the arguments ask for this command. */
	public static boolean matches(String[] args) {
		return args.length >= 2 && args[0].equals("terminology") && args[1].equals("lint");
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		Options options = new Options();
		String problem = options.read(args);
		if (problem != null) {
			return usage(err, problem);
		}
		if (options.files.isEmpty()) {
			return usage(err, "name at least one file");
		}
		// the Russian dictionaries load while the glossary is read
		Thread dictionaries = new Thread(RussianForms::preload, "dictionaries");
		dictionaries.setDaemon(true);
		dictionaries.start();
		Terminology terminology = terminology(options.glossaryFile, err);
		if (terminology == null) {
			return 2;
		}
		int exit = 0;
		for (Path file : options.files) {
			exit = Math.max(exit, lint(file, terminology, options, out, err));
		}
		return exit;
	}

	/** What the command line asks: the kind of text, its language ({@code null}: found per file), the output, the files. */
	private static final class Options {

		private static final Set<String> NAMES = Set.of("--kind", "--language", "--format", "--glossary");

		private TextKind kind = TextKind.MEDIATOR;
		private LanguageCode language;
		private boolean json;
		private Path glossaryFile;
		private final List<Path> files = new ArrayList<>();

		/**
		 * Reads the arguments after {@code terminology lint}: each option as {@code --name value} or
		 * {@code --name=value}, anything else not starting with {@code --} a file.
		 *
		 * @return what is wrong with them, or {@code null}
		 */
		String read(String[] args) {
			for (int i = 2; i < args.length; i++) {
				String arg = args[i];
				boolean joined = arg.contains("=");
				String option = joined ? arg.substring(0, arg.indexOf('=')) : arg;
				String value = joined ? arg.substring(arg.indexOf('=') + 1) : i + 1 < args.length ? args[i + 1] : null;
				if (!NAMES.contains(option)) {
					if (arg.startsWith("--")) {
						return "unknown option " + arg;
					}
					files.add(Path.of(arg));
					continue;
				}
				String problem = set(option, value);
				if (problem != null) {
					return problem;
				}
				if (!joined) {
					i++;
				}
			}
			return null;
		}

		/** Takes an option's value; what is wrong with it, or {@code null}. */
		private String set(String option, String value) {
			switch (option) {
				case "--kind" -> {
					if (value == null || TextKind.parse(value).isEmpty()) {
						return "--kind takes mediator, participant or press";
					}
					kind = TextKind.parse(value).get();
				}
				case "--language" -> {
					if (value == null || (!value.equalsIgnoreCase("auto") && LanguageCode.parse(value).isEmpty())) {
						return "--language takes en, ru, ka or auto";
					}
					language = value.equalsIgnoreCase("auto") ? null : LanguageCode.parse(value).get();
				}
				case "--format" -> {
					if (value == null || !(value.equals("text") || value.equals("json"))) {
						return "--format takes text or json";
					}
					json = value.equals("json");
				}
				default -> {
					if (value == null) {
						return "--glossary takes a file";
					}
					glossaryFile = Path.of(value);
				}
			}
			return null;
		}
	}

	/** The glossary to check against (the reference glossary unless a file is named), or {@code null} after saying why not. */
	private static Terminology terminology(Path glossaryFile, PrintStream err) {
		try {
			return Terminology.of(glossaryFile == null ? Terminology.referenceGlossary()
					: GlossaryFile.read(Files.readAllBytes(glossaryFile)));
		}
		catch (GlossaryRejected rejected) {
			err.println("The glossary " + glossaryFile + " is not valid: " + String.join("; ", rejected.problems()));
			return null;
		}
		catch (IOException e) {
			err.println("Cannot read the glossary " + glossaryFile + ": " + reason(e));
			return null;
		}
	}

	/** Checks one file and prints what was found; 0 if it passed, 1 if it has a blocker, 2 if it cannot be read. */
	private static int lint(Path file, Terminology terminology, Options options, PrintStream out, PrintStream err) {
		try {
			if (Files.size(file) > TextExtraction.MAX_FILE) {
				throw new DeskException.Invalid("terminology.fileTooLarge", TextExtraction.MAX_FILE / (1024 * 1024));
			}
			TextExtraction.Extracted extracted = TextExtraction.extract(file.getFileName().toString(),
					Files.readAllBytes(file));
			if (extracted.replaced() > 0) {
				err.println(file + ": " + extracted.replaced() + " bytes were not valid UTF-8 and were read as \uFFFD");
			}
			CheckResult result = terminology.check(extracted.text(), options.language, options.kind);
			if (options.json) {
				Map<String, Object> object = new LinkedHashMap<>();
				object.put("file", file.toString());
				object.putAll(result.asJson());
				out.println(JSON.writeValueAsString(object));
			}
			else {
				print(out, file, result);
			}
			return result.passed() ? 0 : 1;
		}
		catch (DeskException refused) {
			err.println(file + ": " + message(refused));
			return 2;
		}
		catch (IOException e) {
			err.println(file + ": cannot be read: " + reason(e));
			return 2;
		}
	}

	/** The counts of a file's check, in English with its plurals. */
	private static final String COUNTS = "{0, plural, one {# blocker} other {# blockers}}, {1, plural, one {# warning}"
			+ " other {# warnings}}, {2, plural, one {# finding} other {# findings}}";

	private static void print(PrintStream out, Path file, CheckResult result) {
		out.printf("%s: %s (%s, %s): %s%s%n", file, result.passed() ? "passed" : "FAILED", result.kind().key(),
				result.language().name().toLowerCase(Locale.ROOT), MessagePatterns.format(COUNTS,
						Locale.ENGLISH, result.blockers(), result.warnings(), result.total()),
				result.readsAs().isEmpty() ? "" : "; reads as " + result.readsAs());
		for (Finding finding : result.findings()) {
			if (finding.severity() == Severity.OK) {
				continue;
			}
			out.printf("  %d:%d %s%s \"%s\" %s%s%s%n", finding.line(), finding.column(), finding.severity(),
					finding.quoted() ? " (quoted)" : "", finding.text(), finding.perspectives(),
					finding.suggestion() == null ? "" : " -> " + finding.suggestion(),
					finding.why() == null ? "" : ": " + finding.why());
		}
	}

	private static String message(DeskException refused) {
		ResourceBundle bundle = ResourceBundle.getBundle("messages", Locale.ROOT);
		String pattern = bundle.containsKey(refused.code()) ? bundle.getString(refused.code()) : refused.code();
		return MessagePatterns.format(pattern, Locale.ENGLISH, refused.arguments());
	}

	private static String reason(IOException e) {
		return e instanceof NoSuchFileException ? "no such file" : e.getMessage() == null ? e.toString() : e.getMessage();
	}

	private static int usage(PrintStream err, String problem) {
		err.println(problem);
		err.println(USAGE);
		return 2;
	}
}
