package org.mediationdesk.process;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.core.StreamReadFeature;

/**
 * Reads and writes process record files. Reading is strict: an unknown field, a value of the wrong kind or a
 * JSON syntax error refuses the file, naming the line and the field. Files are written in the current format
 * version; a file of version 1 is still read, its rounds' {@code sessions} as their {@code meetings}, and its
 * problems are named by the fields as that file writes them.
 */
@Component
public class ProcessFileReader {

	private final JsonMapper mapper;

	ProcessFileReader(JsonMapper json) {
		this.mapper = json.rebuild()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			// a flag left out is false; a round number left out is caught by the round checks
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.enable(SerializationFeature.INDENT_OUTPUT)
			.changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_EMPTY))
			.build();
	}

	/** A file as read: its content, and where the modules record what they find wrong with their parts. */
	public record Read(ProcessFile file, FileProblems problems) {
	}

	/**
	 * Reads a file. Throws {@link ProcessFileRejected} if it is not JSON or does not have the shape of the
	 * format; the content checks are the modules' ({@link Read#problems()}).
	 */
	public Read read(byte[] content) {
		if (new String(content, StandardCharsets.UTF_8).isBlank()) {
			throw new ProcessFileRejected(List.of(new ProcessFileRejected.Problem(1, "(file)", "import.empty", List.of())));
		}
		Scan scan = scan(content);
		Map<String, Integer> lines = scan.lines();
		UnaryOperator<String> asWritten = scan.version1() ? ProcessFileReader::asVersion1 : UnaryOperator.identity();
		try {
			ProcessFile file = scan.version1() ? mapper.treeToValue(version1(content, lines), ProcessFile.class)
					: mapper.readValue(content, ProcessFile.class);
			if (file == null) {
				throw new ProcessFileRejected(List.of(new ProcessFileRejected.Problem(1, "(file)", "import.empty", List.of())));
			}
			return new Read(file, new FileProblems(lines, asWritten));
		}
		catch (JacksonException e) {
			throw new ProcessFileRejected(List.of(problem(e, lines, asWritten)));
		}
	}

	/**
	 * A file of version 1 in the shape of the current version: each round's {@code sessions} become its
	 * {@code meetings}. A version-1 round that already has {@code meetings} is refused, as any unknown field.
	 */
	private JsonNode version1(byte[] content, Map<String, Integer> lines) {
		JsonNode tree = mapper.readTree(content);
		JsonNode rounds = tree.get("rounds");
		if (rounds != null && rounds.isArray()) {
			for (int i = 0; i < rounds.size(); i++) {
				if (rounds.get(i) instanceof ObjectNode round) {
					if (round.has("meetings")) {
						String at = "/rounds/" + i + "/meetings";
						throw new ProcessFileRejected(List.of(new ProcessFileRejected.Problem(lines.getOrDefault(at, 1),
								FileProblems.field(at), "import.unknownField", List.of("meetings"))));
					}
					// renamed in place, so that the fields keep their order and the first problem stays the first
					List<Map.Entry<String, JsonNode>> fields = round.properties().stream()
						.map(field -> Map.entry(field.getKey(), field.getValue())).toList();
					round.removeAll();
					fields.forEach(field -> round.set(field.getKey().equals("sessions") ? "meetings" : field.getKey(),
							field.getValue()));
				}
			}
		}
		return tree;
	}

	/** A pointer into a file read as the current version, as the version-1 file writes it. */
	static String asVersion1(String pointer) {
		return pointer.replaceFirst("^(/rounds/\\d+)/meetings(?=/|$)", "$1/sessions");
	}

	/** The file of a record, indented, without empty fields. */
	public byte[] write(ProcessFile file) {
		return mapper.writeValueAsBytes(file);
	}

	/** What a first pass over a file finds: the line of each field, and whether the file is of version 1. */
	private record Scan(Map<String, Integer> lines, boolean version1) {
	}

	/** The line on which each field of the file starts, by JSON pointer, and the file's format version. */
	private Scan scan(byte[] content) {
		Map<String, Integer> lines = new HashMap<>();
		boolean version1 = false;
		try (JsonParser parser = mapper.createParser(content)) {
			while (parser.nextToken() != null) {
				String pointer = parser.streamReadContext().pathAsPointer().toString();
				lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
				if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT && pointer.equals("/formatVersion")) {
					version1 = Integer.valueOf(ProcessFile.OLDEST_FORMAT_VERSION).equals(parser.getNumberValue());
				}
			}
		}
		catch (StreamConstraintsException e) {
			// nested deeper, or a number or name longer, than any record file has: a malformed file like any other
			String field = e.processor() instanceof JsonParser parser
					? FileProblems.field(parser.streamReadContext().pathAsPointer().toString()) : "(file)";
			boolean nesting = String.valueOf(e.getOriginalMessage()).contains("nesting depth");
			throw new ProcessFileRejected(List.of(new ProcessFileRejected.Problem(line(e, 1), field,
					nesting ? "import.tooDeep" : "import.syntax",
					List.of(nesting ? mapper.tokenStreamFactory().streamReadConstraints().getMaxNestingDepth()
							: e.getOriginalMessage()))));
		}
		catch (StreamReadException e) {
			String field = e.processor() == null ? "(file)"
					: FileProblems.field(e.processor().streamReadContext().pathAsPointer().toString());
			throw new ProcessFileRejected(List.of(new ProcessFileRejected.Problem(line(e, 1), field, "import.syntax",
					List.of(e.getOriginalMessage()))));
		}
		return new Scan(lines, version1);
	}

	private static ProcessFileRejected.Problem problem(JacksonException e, Map<String, Integer> lines,
			UnaryOperator<String> asWritten) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : e.getPath()) {
			path.append('/').append(reference.getPropertyName() != null ? reference.getPropertyName()
					: String.valueOf(reference.getIndex()));
		}
		String pointer = asWritten.apply(path.toString());
		String field = FileProblems.field(pointer);
		// where the field stands; the parser's own location can be further on, for values it had to buffer
		Integer at = lines.get(pointer);
		int line = at != null ? at : line(e, FileProblems.lineOf(lines, pointer));
		if (e instanceof UnrecognizedPropertyException unknown) {
			return new ProcessFileRejected.Problem(line, field, "import.unknownField", List.of(unknown.getPropertyName()));
		}
		if (e instanceof InvalidFormatException invalid) {
			Class<?> type = invalid.getTargetType();
			String value = String.valueOf(invalid.getValue());
			if (type != null && type.isEnum()) {
				return new ProcessFileRejected.Problem(line, field, "import.notOneOf",
						List.of(value, Arrays.toString(type.getEnumConstants())));
			}
			if (type == LocalDate.class) {
				return new ProcessFileRejected.Problem(line, field, "import.dateInvalid", List.of(value));
			}
			if (type == LocalTime.class) {
				return new ProcessFileRejected.Problem(line, field, "import.timeInvalid", List.of(value));
			}
			return new ProcessFileRejected.Problem(line, field, "import.invalidValue", List.of(value));
		}
		if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
			return new ProcessFileRejected.Problem(line, field,
					"import.wrongType." + kindOfValue(mismatched.getTargetType()), List.of());
		}
		return new ProcessFileRejected.Problem(line, field, "import.invalidValue", List.of(e.getOriginalMessage()));
	}

	private static String kindOfValue(Class<?> type) {
		if (List.class.isAssignableFrom(type)) {
			return "list";
		}
		if (type == String.class || type.isEnum() || type == LocalDate.class || type == LocalTime.class) {
			return "text";
		}
		if (type == int.class || type == Integer.class) {
			return "number";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "flag";
		}
		return "object";
	}

	private static int line(JacksonException e, int fallback) {
		return e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation().getLineNr() : fallback;
	}
}
