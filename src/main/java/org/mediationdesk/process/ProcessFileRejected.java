package org.mediationdesk.process;

import java.util.List;

import org.mediationdesk.shared.DeskException;

/** A process record file was refused as a whole; nothing of it was imported. */
public class ProcessFileRejected extends DeskException.Invalid {

	private final transient List<Problem> problems;

	ProcessFileRejected(List<Problem> problems) {
		super("import.rejected", problems.size());
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}

	/**
	 * One problem: on which line, in which field ({@code rounds[3].endDate}), and what, as a message code with
	 * its arguments.
	 */
	public record Problem(int line, String field, String code, List<Object> arguments) {
	}
}
