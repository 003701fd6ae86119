package org.mediationdesk.communique;

import java.util.List;

import org.mediationdesk.shared.LanguageCode;

/**
 * A part of the draft that the record writes, in the order of the communiqué's pattern. This module writes the
 * opening (number and dates), the working groups, the decisions, the walkouts and the next round; the incident
 * mechanisms are a placeholder paragraph for the co-chairs until a module that records them declares a section of
 * the same {@link #name()} ({@code incident-mechanisms}): a section that is not a placeholder replaces the
 * placeholder of its name. A section writes mediators' text: neutral, never naming a side.
 */
public interface CommuniqueSection {

	/** The name of the part: {@code opening}, {@code working-groups}, {@code walkouts}, {@code incident-mechanisms} … */
	String name();

	/** Where it stands in the communiqué: lower first (opening 100, working groups 200, decisions 300, walkouts 400,
	 * incident mechanisms 500, next round 600). */
	int position();

	/** Its paragraphs for a round, in a language; empty if it has nothing to say. */
	List<String> paragraphs(int roundNumber, LanguageCode language);

	/** Whether it only holds the place for the co-chairs' own paragraph, to be replaced by a real section. */
	default boolean placeholder() {
		return false;
	}
}
