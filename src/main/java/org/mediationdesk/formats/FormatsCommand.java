package org.mediationdesk.formats;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.terminology.Terminology;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code formats check|propose|cascade SCENARIO.json [--leaves GROUP] [--language en|ru]}: answers about a
 * scenario file as the API does, printing the same JSON, without the application or a database (documents'
 * wording is checked against the built-in reference glossary). Exits 0 with an answer, 2 on a usage error,
 * an unreadable file or an invalid scenario (saying why).
 */
public final class FormatsCommand {

	static final String USAGE = "Usage: java -jar mediation-desk.jar formats check|propose|cascade SCENARIO.json"
			+ " [--leaves GROUP] [--language en|ru]";

	private FormatsCommand() {
	}

	public static boolean matches(String[] args) {
		return args.length >= 1 && args[0].equals("formats");
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		Options options = options(args, err);
		if (options == null) {
			return 2;
		}
		Path file = Path.of(args[2]);
		Scenario scenario = scenario(file, err);
		if (scenario == null) {
			return 2;
		}
		return answer(args[1], scenario, options, file, out, err);
	}

	/** What the command line asks besides the scenario file: whose departure a cascade is about, and the language. */
	private record Options(String leaves, LanguageCode language) {
	}

	/** The options, or {@code null} after saying what is wrong with them. */
	private static Options options(String[] args, PrintStream err) {
		if (args.length < 3 || !List.of("check", "propose", "cascade").contains(args[1])) {
			err.println(USAGE);
			return null;
		}
		String leaves = null;
		LanguageCode language = LanguageCode.EN;
		for (int i = 3; i < args.length; i++) {
			if (args[i].equals("--leaves") && i + 1 < args.length) {
				leaves = args[++i];
			}
			else if (args[i].equals("--language") && i + 1 < args.length && LanguageCode.parse(args[i + 1]).isPresent()) {
				language = LanguageCode.parse(args[++i]).get();
			}
			else {
				err.println("Unknown or incomplete option: " + args[i]);
				err.println(USAGE);
				return null;
			}
		}
		if (args[1].equals("cascade") && leaves == null) {
			err.println("cascade needs --leaves GROUP");
			err.println(USAGE);
			return null;
		}
		return new Options(leaves, language);
	}

	/** The scenario in the file, or {@code null} after saying why the file gives none. */
	private static Scenario scenario(Path file, PrintStream err) {
		Scenario scenario;
		try {
			scenario = ReferenceScenarios.JSON.readValue(Files.readAllBytes(file), Scenario.class);
		}
		catch (NoSuchFileException e) {
			err.println(file + ": no such file");
			return null;
		}
		catch (IOException e) {
			err.println(file + ": cannot be read: " + e.getMessage());
			return null;
		}
		catch (JacksonException e) {
			err.println(file + ": not a scenario: " + e.getOriginalMessage()
					+ (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
			return null;
		}
		if (scenario == null) {
			err.println(file + ": the file is empty");
		}
		return scenario;
	}

	/** The solver's answer printed as the API's JSON (0), or the scenario's problems (2). */
	private static int answer(String question, Scenario scenario, Options options, Path file, PrintStream out,
			PrintStream err) {
		Terminology terminology = Terminology.of(Terminology.referenceGlossary());
		FormatSolver solver = new FormatSolver(terminology::uses, Duration.ofSeconds(2));
		Phrasing phrasing = new Phrasing(options.language(), ParticipantDirectory.referenceLabels(options.language()));
		try {
			Object answer = switch (question) {
				case "check" -> solver.check(scenario, phrasing);
				case "propose" -> solver.propose(scenario, phrasing);
				default -> solver.cascade(scenario, new FormatSolver.Event(options.leaves(), null, null), phrasing);
			};
			out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(answer));
			return 0;
		}
		catch (ScenarioRejected rejected) {
			err.println(file + ": the scenario cannot be solved as given:");
			rejected.problems().forEach(problem -> err.println("  " + problem));
			return 2;
		}
	}
}
