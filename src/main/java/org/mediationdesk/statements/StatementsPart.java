package org.mediationdesk.statements;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.process.RoundPart;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.stereotype.Component;

/** The accounts of a round in the round's JSON: those the viewer may see, side by side. */
@Component
class StatementsPart implements RoundPart {

	private final Statements statements;

	StatementsPart(Statements statements) {
		this.statements = statements;
	}

	@Override
	public String name() {
		return "accounts";
	}

	@Override
	public Object of(Viewer viewer, int number, LanguageCode language) {
		return statements.forRound(viewer, number, language);
	}
}
