package org.mediationdesk.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * What is wrong with a process record file, each problem at a field given as a JSON pointer
 * ({@code /rounds/3/endDate}) and placed on the line where that field (or, if it is missing, the nearest
 * enclosing one) stands. Each module checks its own part of the file; the file is imported only if none
 * finds a problem. The modules name the fields of the current format version; a problem in a file of an
 * older version is named by the field as that file writes it.
 */
public final class FileProblems {

	/** At most this many problems are reported: enough to fix a file in a few passes. */
	static final int LIMIT = 50;
	private static final Pattern ADDRESS = Pattern.compile("https?://\\S{1,490}");

	private final Map<String, Integer> lines;
	private final UnaryOperator<String> asWritten;
	private final List<ProcessFileRejected.Problem> problems = new ArrayList<>();

	/**
	 * @param lines the line of each field, by JSON pointer as the file writes it
	 * @param asWritten a pointer of the current version as the file writes it
	 */
	FileProblems(Map<String, Integer> lines, UnaryOperator<String> asWritten) {
		this.lines = lines;
		this.asWritten = asWritten;
	}

	/** Records a problem at a field; {@code code} is a message code whose arguments follow. */
	public void add(String pointer, String code, Object... arguments) {
		if (problems.size() < LIMIT) {
			String written = asWritten.apply(pointer);
			problems.add(new ProcessFileRejected.Problem(lineOf(lines, written), field(written), code,
					Arrays.asList(arguments)));
		}
	}

	/** Checks a text field: present if required, and no longer than the column that will hold it. */
	public void text(String pointer, String value, boolean required, int maxLength) {
		if (value == null || value.isBlank()) {
			if (required) {
				add(pointer, "import.required");
			}
		}
		else if (value.length() > maxLength) {
			add(pointer, "import.tooLong", maxLength);
		}
	}

	/** Checks that a field is present. */
	public void required(String pointer, Object value) {
		if (value == null) {
			add(pointer, "import.required");
		}
	}

	/** Checks an optional web address. */
	public void address(String pointer, String value) {
		if (value != null && !ADDRESS.matcher(value).matches()) {
			add(pointer, "import.addressInvalid");
		}
	}

	public boolean isEmpty() {
		return problems.isEmpty();
	}

	/** Refuses the whole file if any problem was found. */
	public void rejectIfAny() {
		if (!problems.isEmpty()) {
			throw new ProcessFileRejected(problems);
		}
	}

	/** The line of a field, or of the nearest enclosing field the file has. */
	static int lineOf(Map<String, Integer> lines, String pointer) {
		String path = pointer;
		while (!path.isEmpty()) {
			Integer line = lines.get(path);
			if (line != null) {
				return line;
			}
			path = path.substring(0, path.lastIndexOf('/'));
		}
		return lines.getOrDefault("", 1);
	}

	/** {@code /rounds/3/endDate} as {@code rounds[3].endDate}. */
	static String field(String pointer) {
		StringBuilder field = new StringBuilder();
		for (String part : pointer.split("/")) {
			if (part.isEmpty()) {
				continue;
			}
			if (part.chars().allMatch(Character::isDigit)) {
				field.append('[').append(part).append(']');
			}
			else {
				field.append(field.isEmpty() ? "" : ".").append(part.replace("~1", "/").replace("~0", "~"));
			}
		}
		return field.isEmpty() ? "(file)" : field.toString();
	}
}
