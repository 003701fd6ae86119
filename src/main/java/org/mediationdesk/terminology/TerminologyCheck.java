package org.mediationdesk.terminology;

import java.util.List;

import org.mediationdesk.shared.LanguageCode;
import org.springframework.stereotype.Service;

/**
 * The publication gate: modules that circulate or publish a text (negotiating texts, communiqués) check it
 * here first, against the glossary as the co-chairs keep it. A mediator's text with a blocker in its own
 * wording does not pass.
 */
@Service
public class TerminologyCheck {

	private final Glossary glossary;

	TerminologyCheck(Glossary glossary) {
		this.glossary = glossary;
	}

	/**
	 * @param language the text's language, or {@code null} to tell it from the script
	 * @param kind whose text it is; a mediator's if {@code null}
	 */
	public CheckResult check(String text, LanguageCode language, TextKind kind) {
		return glossary.current().check(text, language, kind);
	}

	/** The replacements that would make a mediator's draft neutral; shown, never applied silently. */
	public List<Terminology.Replacement> neutralRendering(CheckResult result) {
		return glossary.current().neutralRendering(result);
	}

	/** Whether a text uses a wording: a concept by its id, a form (in any case form), or words as they stand. */
	public boolean uses(String text, String term) {
		return glossary.current().uses(text, term);
	}

	/** Renders {@code {{place:sukhumi}}} placeholders for an audience (a perspective, or {@code null} for all). */
	public String render(String text, LanguageCode language, Perspective audience) {
		return glossary.current().render(text, language, audience);
	}
}
