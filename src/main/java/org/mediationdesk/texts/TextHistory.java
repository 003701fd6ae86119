package org.mediationdesk.texts;

import java.time.Instant;
import java.util.List;

import org.mediationdesk.shared.Paged;

/** One page of a text's history as the viewer may see it, newest first, with the total the viewer may see. */
public record TextHistory(List<Change> items, int page, int pageSize, long total) implements Paged {

	/**
	 * One change to the text.
	 *
	 * @param actor who made it: shown to the co-chairs and secretariat only, {@code null} for others
	 * @param side the group whose participant made it, or the co-chairs
	 * @param change what happened ({@code provision-added}, {@code alternative-proposed}, {@code circulated} …)
	 * @param eId the provision it concerns, if any
	 */
	public record Change(Instant at, String actor, String side, String change, String eId, String detail) {
	}
}
