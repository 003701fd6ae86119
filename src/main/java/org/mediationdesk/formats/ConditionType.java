package org.mediationdesk.formats;

/** The kinds of condition a group may state, and the fields each takes besides its id and group. */
public enum ConditionType {
	/** Attends only if {@code other} is seated. */
	REQUIRES_PRESENCE,
	/** Will not sit with {@code other}; only if {@code other} sits in {@code whenCapacity}, only in {@code inKinds}. */
	REFUSES_PRESENCE,
	/** Will not take part in a meeting of {@code kind}. */
	REFUSES_KIND,
	/** Sits only in {@code capacity}. */
	REQUIRES_OWN_CAPACITY,
	/** All of {@code groups} who are seated sit in the same capacity. */
	REQUIRES_EQUAL_CAPACITY,
	/** Will not attend while a tabled document uses {@code term} in its title or its text: a glossary concept's id or a form. */
	REFUSES_DOCUMENT_TERM,
	/** Will not take part while {@code item} is on the agenda. */
	REQUIRES_AGENDA_EXCLUDES,
	/** Will not meet at {@code venue}. */
	REFUSES_VENUE
}
