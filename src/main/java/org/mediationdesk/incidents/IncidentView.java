package org.mediationdesk.incidents;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An incident as one of its mechanism's circle reads it: what, when and where with their precision, the two
 * actors, where it stands in the review, the facilitators' neutral summary, the register's figures (the most
 * conservative among the accounts, {@code disputed} when the accounts' figures differ) and every account side by
 * side, each labelled with its source. {@code actions}: what the viewer may do with it. A long-lived case has the
 * time it was opened ({@code caseOpenedAt}) and, once the incident is closed, {@code caseClosedAt};
 * {@code mergedIds}: the public ids of the duplicates merged into it, which lead here.
 */
public record IncidentView(UUID id, String publicId, UUID mechanismId, String mechanismCode, IncidentKind kind,
		List<IncidentKind> otherKinds, Instant occurredAt, TimePrecision timePrecision, Place place, String actor1,
		String actor2, ReviewState state, String closingOutcome, String summary, Casualties figures, boolean disputed,
		List<Account> accounts, Set<IncidentAction> actions, Instant caseOpenedAt, Instant caseClosedAt,
		List<String> mergedIds) {

	/** Whether it is a long-lived case, open or closed. */
	public boolean isCase() {
		return caseOpenedAt != null;
	}

	/** Whether it is a case still open: every meeting of its mechanism follows it up. */
	public boolean openCase() {
		return caseOpenedAt != null && caseClosedAt == null;
	}

	/** Whether the viewer may take this step now (an {@link IncidentAction}'s name). */
	public boolean offers(String action) {
		return actions.stream().anyMatch(offered -> offered.name().equals(action));
	}

	/**
	 * One source's account: the facilitators' ({@code facilitators}), or a participant group's ({@code group}, its
	 * label; {@code groupCode}), in its own words; {@code mergedFrom}: the public id of the duplicate it came with.
	 */
	public record Account(boolean facilitators, String groupCode, String group, String text, String responsible,
			String sources, Casualties casualties, Instant givenAt, String mergedFrom) {
	}
}
