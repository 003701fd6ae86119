package org.mediationdesk.terminology;

/** What a form means in a mediator's text. */
public enum Severity {
	/** Neutral, or used by everyone. */
	OK,
	/** One side's preferred form where a neutral one exists. */
	WARNING,
	/** Takes a side on status: a mediator's text with it does not pass. */
	BLOCKER
}
