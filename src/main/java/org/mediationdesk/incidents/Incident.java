package org.mediationdesk.incidents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.mediationdesk.shared.DeskException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * An incident in a mechanism's register, under its stable public id ({@code ERG-2026-0042}). Its time and place
 * carry their precision; its kind is the gravest of what happened; its two actors are named neutrally. It moves
 * through the review (reported → under review → verified | unverifiable → closed with an outcome) and collects
 * each source's account, side by side. The register shows the most conservative figures, marked as disputed where
 * the accounts differ.
 */
class Incident {

	@Id
	private UUID id;
	private String publicId;
	private UUID mechanismId;
	private IncidentKind kind;
	private String otherKinds;
	private Instant occurredAt;
	private TimePrecision timePrecision;
	private String placeName;
	private PlacePrecision placePrecision;
	private Double latitude;
	private Double longitude;
	private String actor1;
	private String actor2;
	private ReviewState state;
	private String closingOutcome;
	private String reportedBy;
	private Instant reportedAt;
	private Instant caseOpenedAt;
	private Instant caseClosedAt;
	private String mergedInto;
	private List<IncidentStatement> statements = new ArrayList<>();
	private Set<IncidentReview> reviews = new HashSet<>();
	@Version
	private Long version;

	@PersistenceCreator
	Incident() {
	}

	/** An incident as reported, with the reporter's account (a side's, or the facilitators'). */
	static Incident report(String publicId, UUID mechanismId, Occurrence incident, IncidentStatement first) {
		Incident reported = new Incident();
		reported.id = UUID.randomUUID();
		reported.publicId = publicId;
		reported.mechanismId = mechanismId;
		List<IncidentKind> kinds = new ArrayList<>(incident.alsoKinds());
		kinds.add(incident.kind());
		reported.kind = IncidentKind.gravest(kinds);
		reported.otherKinds = kinds.stream().filter(k -> k != reported.kind).distinct().sorted()
			.map(IncidentKind::name).collect(Collectors.joining(","));
		reported.occurredAt = incident.occurredAt();
		reported.timePrecision = incident.timePrecision();
		reported.placeName = incident.place().name();
		reported.placePrecision = incident.place().precision();
		reported.latitude = incident.place().lat();
		reported.longitude = incident.place().lon();
		reported.actor1 = incident.actor1();
		reported.actor2 = incident.actor2();
		reported.state = ReviewState.REPORTED;
		reported.reportedBy = first.givenBy();
		reported.reportedAt = first.givenAt();
		reported.statements.add(first);
		return reported;
	}

	/**
	 * An incident as a process record file gives it: under its public id, in its review state, with every account
	 * in the order given. The file was checked whole before.
	 */
	static Incident recorded(String publicId, UUID mechanismId, Occurrence incident, ReviewState state,
			String closingOutcome, String reportedBy, Instant reportedAt, List<IncidentStatement> accounts) {
		Incident recorded = report(publicId, mechanismId, incident, accounts.get(0));
		recorded.statements.addAll(accounts.subList(1, accounts.size()));
		recorded.state = state;
		recorded.closingOutcome = closingOutcome;
		recorded.reportedBy = reportedBy;
		recorded.reportedAt = reportedAt;
		return recorded;
	}

	Set<IncidentAction> availableActions() {
		if (mergedInto != null) {
			return EnumSet.noneOf(IncidentAction.class);
		}
		Set<IncidentAction> actions = switch (state) {
			case REPORTED -> EnumSet.of(IncidentAction.GIVE_ACCOUNT, IncidentAction.PUT_UNDER_REVIEW);
			case UNDER_REVIEW -> EnumSet.of(IncidentAction.GIVE_ACCOUNT, IncidentAction.VERIFY,
					IncidentAction.FIND_UNVERIFIABLE);
			case VERIFIED, UNVERIFIABLE -> EnumSet.of(IncidentAction.GIVE_ACCOUNT, IncidentAction.CLOSE);
			case CLOSED -> EnumSet.noneOf(IncidentAction.class);
		};
		if (state != ReviewState.CLOSED) {
			actions.add(IncidentAction.PUT_ON_REVIEW);
			actions.add(IncidentAction.MERGE);
			if (caseOpenedAt == null) {
				actions.add(IncidentAction.OPEN_CASE);
			}
		}
		return actions;
	}

	private void require(IncidentAction action) {
		if (!availableActions().contains(action)) {
			throw new DeskException.Conflict("incidents.actionNotAvailable", publicId, state.name());
		}
	}

	/** A source gives its account; each source gives one, and none after the incident is closed. */
	void give(IncidentStatement statement) {
		require(IncidentAction.GIVE_ACCOUNT);
		if (statements.stream().anyMatch(given -> Objects.equals(given.groupId(), statement.groupId()))) {
			throw new DeskException.Conflict("incidents.accountAlreadyGiven", publicId);
		}
		statements.add(statement);
	}

	void putUnderReview() {
		require(IncidentAction.PUT_UNDER_REVIEW);
		state = ReviewState.UNDER_REVIEW;
	}

	void verify() {
		require(IncidentAction.VERIFY);
		state = ReviewState.VERIFIED;
	}

	void findUnverifiable() {
		require(IncidentAction.FIND_UNVERIFIABLE);
		state = ReviewState.UNVERIFIABLE;
	}

	/** Closes the review with its outcome (a release, a joint visit's finding), after it was verified or not. */
	void close(String outcome, Instant at) {
		require(IncidentAction.CLOSE);
		if (outcome == null || outcome.isBlank()) {
			throw new DeskException.Invalid("incidents.closingOutcomeRequired");
		}
		closingOutcome = outcome.strip();
		state = ReviewState.CLOSED;
		if (caseOpenedAt != null) {
			caseClosedAt = at;
		}
	}

	/**
	 * It becomes a long-lived case (a detainee, a missing person): from now until it is closed, every meeting of its
	 * mechanism follows it up.
	 */
	void openCase(Instant at) {
		require(IncidentAction.OPEN_CASE);
		caseOpenedAt = at;
	}

	/** A meeting of its mechanism takes it up in its review of past incidents; once per meeting. */
	void putOnReview(UUID meetingId) {
		require(IncidentAction.PUT_ON_REVIEW);
		if (!reviews.add(new IncidentReview(meetingId))) {
			throw new DeskException.Conflict("incidents.alreadyOnReview", publicId);
		}
	}

	/**
	 * Takes in a duplicate: every account of it, each marked with the public id it was given under (none is merged
	 * with another, even two of one source), and the meetings that reviewed it. The duplicate says where it went.
	 * A case stays open, and a duplicate that was a case makes this one a case from the earlier day.
	 */
	void absorb(Incident duplicate) {
		require(IncidentAction.MERGE);
		duplicate.require(IncidentAction.MERGE);
		if (duplicate.id.equals(id) || !duplicate.mechanismId.equals(mechanismId)) {
			throw new DeskException.Invalid("incidents.mergeTarget");
		}
		duplicate.statements.forEach(s -> statements.add(s.mergedFrom() != null ? s : s.from(duplicate.publicId)));
		duplicate.statements.clear();
		reviews.addAll(duplicate.reviews);
		duplicate.reviews.clear();
		if (duplicate.caseOpenedAt != null && (caseOpenedAt == null || duplicate.caseOpenedAt.isBefore(caseOpenedAt))) {
			caseOpenedAt = duplicate.caseOpenedAt;
		}
		duplicate.mergedInto = publicId;
	}

	/**
	 * The register's figures: for the dead, the wounded and the detained, the most conservative among the accounts
	 * that give a figure (as ACLED does: the account with the lowest best estimate, its range kept whole).
	 */
	Casualties conservative() {
		return Casualties.mostConservative(statements.stream().map(IncidentStatement::casualties).toList());
	}

	/** Whether the accounts that give figures give different ones, for any of the three counts. */
	boolean disputed() {
		return Casualties.disputed(statements.stream().map(IncidentStatement::casualties).toList());
	}

	/** The facilitators' neutral summary: their account's text, if they gave one. */
	String summary() {
		return statements.stream().filter(IncidentStatement::facilitators).map(IncidentStatement::text).findFirst()
			.orElse(null);
	}

	UUID id() {
		return id;
	}

	String publicId() {
		return publicId;
	}

	UUID mechanismId() {
		return mechanismId;
	}

	IncidentKind kind() {
		return kind;
	}

	List<IncidentKind> otherKinds() {
		return otherKinds == null || otherKinds.isBlank() ? List.of()
				: Arrays.stream(otherKinds.split(",")).map(IncidentKind::valueOf).toList();
	}

	Instant occurredAt() {
		return occurredAt;
	}

	TimePrecision timePrecision() {
		return timePrecision;
	}

	Place place() {
		return new Place(placeName, placePrecision, latitude, longitude);
	}

	String actor1() {
		return actor1;
	}

	String actor2() {
		return actor2;
	}

	ReviewState state() {
		return state;
	}

	String closingOutcome() {
		return closingOutcome;
	}

	Instant reportedAt() {
		return reportedAt;
	}

	List<IncidentStatement> statements() {
		return List.copyOf(statements);
	}

	Instant caseOpenedAt() {
		return caseOpenedAt;
	}

	Instant caseClosedAt() {
		return caseClosedAt;
	}

	/** The public id of the incident this one was merged into, or {@code null}. */
	String mergedInto() {
		return mergedInto;
	}

	Set<UUID> reviewedAt() {
		return reviews.stream().map(IncidentReview::meetingId).collect(Collectors.toSet());
	}
}
