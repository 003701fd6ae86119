package org.mediationdesk.process;

import java.util.List;

import org.mediationdesk.shared.Paged;

/** One page of the timeline, newest round first. */
public record RoundPage(List<RoundSummary> items, int page, int pageSize, long total) implements Paged {

	public static final int PAGE_SIZE = 20;
}
