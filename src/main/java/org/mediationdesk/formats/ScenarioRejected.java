package org.mediationdesk.formats;

import java.util.List;

import org.mediationdesk.shared.DeskException;

/** A scenario the solver cannot take, with every problem named by its field. */
public class ScenarioRejected extends DeskException.Invalid {

	private final transient List<String> problems;

	public ScenarioRejected(List<String> problems) {
		super("formats.rejected", problems.size(), String.join("; ", problems.subList(0, Math.min(10, problems.size()))));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}
}
