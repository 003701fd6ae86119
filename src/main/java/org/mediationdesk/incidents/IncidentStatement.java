package org.mediationdesk.incidents;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.PersistenceCreator;

/**
 * One source's own account of an incident (a <i>statement</i> in the code, so that an account stays a login's):
 * a side's (its participant group) or the facilitators' ({@code groupId} {@code null}). It keeps its words: what
 * happened, who in the source's view is responsible, its figures, its sources. Accounts are never merged: one that
 * came with a duplicate merged into this incident keeps the duplicate's public id ({@code mergedFrom}).
 */
record IncidentStatement(UUID groupId, String text, String responsible, String sources, Integer deadLow, Integer deadBest,
		Integer deadHigh, Integer woundedLow, Integer woundedBest, Integer woundedHigh, Integer detainedLow,
		Integer detainedBest, Integer detainedHigh, String givenBy, Instant givenAt, String mergedFrom) {

	@PersistenceCreator
	IncidentStatement {
	}

	static IncidentStatement of(UUID groupId, String text, String responsible, String sources, Casualties figures,
			String givenBy, Instant givenAt) {
		Casualties c = figures == null ? Casualties.none() : figures;
		return new IncidentStatement(groupId, text, responsible, sources, low(c.dead()), best(c.dead()), high(c.dead()),
				low(c.wounded()), best(c.wounded()), high(c.wounded()), low(c.detained()), best(c.detained()),
				high(c.detained()), givenBy, givenAt, null);
	}

	/** The same account, as it came with a duplicate merged into another incident: under the duplicate's public id. */
	IncidentStatement from(String publicId) {
		return new IncidentStatement(groupId, text, responsible, sources, deadLow, deadBest, deadHigh, woundedLow,
				woundedBest, woundedHigh, detainedLow, detainedBest, detainedHigh, givenBy, givenAt, publicId);
	}

	boolean facilitators() {
		return groupId == null;
	}

	Casualties casualties() {
		return new Casualties(figures(deadLow, deadBest, deadHigh), figures(woundedLow, woundedBest, woundedHigh),
				figures(detainedLow, detainedBest, detainedHigh));
	}

	private static Figures figures(Integer low, Integer best, Integer high) {
		return best == null ? null : new Figures(low, best, high);
	}

	private static Integer low(Figures f) {
		return f == null ? null : f.low();
	}

	private static Integer best(Figures f) {
		return f == null ? null : f.best();
	}

	private static Integer high(Figures f) {
		return f == null ? null : f.high();
	}
}
