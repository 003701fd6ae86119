package org.mediationdesk.terminology;

import java.util.List;

import org.mediationdesk.shared.DeskException;

/** A glossary file was refused; nothing of it was taken. */
public class GlossaryRejected extends DeskException.Invalid {

	private final transient List<String> problems;

	public GlossaryRejected(List<String> problems) {
		super("glossary.rejected", problems.size(), String.join("; ", problems.subList(0, Math.min(10, problems.size()))));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}
}
