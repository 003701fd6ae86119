package org.mediationdesk.terminology;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whose text is checked, which decides what a finding means. */
public enum TextKind {
	/** The co-chairs' and secretariat's outputs: communiqués, drafts, non-papers. Blockers fail the check. */
	MEDIATOR,
	/** A side's own statement: never altered; the findings say whose wording it is. */
	PARTICIPANT,
	/** A press report: the findings are informational. */
	PRESS;

	public static Optional<TextKind> parse(String value) {
		return value == null ? Optional.empty()
				: Arrays.stream(values()).filter(kind -> kind.name().equalsIgnoreCase(value.strip())).findFirst();
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}
}
