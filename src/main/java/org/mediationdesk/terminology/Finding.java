package org.mediationdesk.terminology;

import java.util.List;

/**
 * A form of the glossary found in a text.
 *
 * @param start where it starts (offset in characters, from 0)
 * @param end where it ends (exclusive)
 * @param line its line (from 1)
 * @param column its column (from 1, in characters)
 * @param text the words as they stand in the text
 * @param concept the concept's id
 * @param perspectives whose wording it is
 * @param severity what it means in a mediator's text
 * @param suggestion the neutral form to use instead, or {@code null} for a neutral form
 * @param why why it is loaded, or {@code null} for a neutral form
 * @param quoted whether it stands inside a quotation: quoted speech, not the author's own wording
 * @param form the glossary form found (the words in the text may be a case form of it)
 */
public record Finding(int start, int end, int line, int column, String text, String concept,
		List<Perspective> perspectives, Severity severity, String suggestion, String why, boolean quoted, String form) {

	/** Whether a mediator's text may not go out with it: a blocker in the mediators' own wording. */
	public boolean blocks() {
		return severity == Severity.BLOCKER && !quoted;
	}
}
