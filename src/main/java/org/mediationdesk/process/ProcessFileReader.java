package org.mediationdesk.process;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes process record files. Reading is strict: an unknown field, a value of the wrong kind or a
 * JSON syntax error refuses the file, naming the line and the field.
 */
@Component
public class ProcessFileReader {

	private final JsonMapper mapper;

	ProcessFileReader(JsonMapper json) {
		this.mapper = json.rebuild()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			// a flag left out is false; a round number left out is caught by the round checks
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
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
		Map<String, Integer> lines = lines(content);
		try {
			ProcessFile file = mapper.readValue(content, ProcessFile.class);
			if (file == null) {
				throw new ProcessFileRejected(List.of(new ProcessFileRejected.Problem(1, "(file)", "import.empty", List.of())));
			}
			return new Read(file, new FileProblems(lines));
		}
		catch (JacksonException e) {
			throw new ProcessFileRejected(List.of(problem(e, lines)));
		}
	}

	/** The file of a record, indented, without empty fields. */
	public byte[] write(ProcessFile file) {
		return mapper.writeValueAsBytes(file);
	}

	/** The line on which each field of the file starts, by JSON pointer. */
	private Map<String, Integer> lines(byte[] content) {
		Map<String, Integer> lines = new HashMap<>();
		try (JsonParser parser = mapper.createParser(content)) {
			while (parser.nextToken() != null) {
				lines.putIfAbsent(parser.streamReadContext().pathAsPointer().toString(),
						parser.currentTokenLocation().getLineNr());
			}
		}
		catch (StreamReadException e) {
			String field = e.processor() == null ? "(file)"
					: FileProblems.field(e.processor().streamReadContext().pathAsPointer().toString());
			throw new ProcessFileRejected(List.of(new ProcessFileRejected.Problem(line(e, 1), field, "import.syntax",
					List.of(e.getOriginalMessage()))));
		}
		return lines;
	}

	private static ProcessFileRejected.Problem problem(JacksonException e, Map<String, Integer> lines) {
		StringBuilder pointer = new StringBuilder();
		for (JacksonException.Reference reference : e.getPath()) {
			pointer.append('/').append(reference.getPropertyName() != null ? reference.getPropertyName()
					: String.valueOf(reference.getIndex()));
		}
		String field = FileProblems.field(pointer.toString());
		// where the field stands; the parser's own location can be further on, for values it had to buffer
		Integer at = lines.get(pointer.toString());
		int line = at != null ? at : line(e, 1);
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
