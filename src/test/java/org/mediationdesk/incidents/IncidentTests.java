package org.mediationdesk.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.shared.DeskException;

class IncidentTests {

	private static final UUID TBILISI = UUID.randomUUID();
	private static final UUID TSKHINVALI = UUID.randomUUID();
	private static final Instant AT = Instant.parse("2026-03-14T06:30:00Z");

	private static Incident detention(Casualties figures) {
		return Incident.report("ERG-2026-0001", UUID.randomUUID(), new Occurrence(IncidentKind.DETENTION,
				List.of(IncidentKind.CROSSING_OF_THE_LINE), AT, TimePrecision.EXACT,
				new Place("near Khurvaleti", PlacePrecision.NEAR, null, null), "security actors", "residents"),
				IncidentStatement.of(TBILISI, "Two residents were detained.", "the other side", "statement",
						figures, "ge", AT));
	}

	private static Casualties detained(int low, int best, int high) {
		return new Casualties(null, null, new Figures(low, best, high));
	}

	@Test
	void movesThroughTheReviewAndClosesWithAnOutcome() {
		Incident incident = detention(detained(2, 2, 2));
		assertThat(incident.state()).isEqualTo(ReviewState.REPORTED);
		assertThat(incident.availableActions()).containsExactlyInAnyOrder(IncidentAction.GIVE_ACCOUNT,
				IncidentAction.PUT_UNDER_REVIEW, IncidentAction.OPEN_CASE, IncidentAction.PUT_ON_REVIEW, IncidentAction.MERGE);
		incident.putUnderReview();
		assertThat(incident.availableActions()).containsExactlyInAnyOrder(IncidentAction.GIVE_ACCOUNT,
				IncidentAction.VERIFY, IncidentAction.FIND_UNVERIFIABLE, IncidentAction.OPEN_CASE, IncidentAction.PUT_ON_REVIEW,
				IncidentAction.MERGE);
		incident.verify();
		assertThat(incident.availableActions()).containsExactlyInAnyOrder(IncidentAction.GIVE_ACCOUNT,
				IncidentAction.CLOSE, IncidentAction.OPEN_CASE, IncidentAction.PUT_ON_REVIEW, IncidentAction.MERGE);
		incident.close(" Both released after a joint visit. ", Instant.EPOCH);
		assertThat(incident.state()).isEqualTo(ReviewState.CLOSED);
		assertThat(incident.closingOutcome()).isEqualTo("Both released after a joint visit.");
		assertThat(incident.availableActions()).isEmpty();
	}

	@Test
	void refusesASkippedStepNamingTheIncidentAndItsState() {
		Incident incident = detention(Casualties.none());
		assertThatThrownBy(incident::verify).isInstanceOf(DeskException.Conflict.class)
			.hasMessage("incidents.actionNotAvailable")
			.satisfies(e -> assertThat(((DeskException) e).arguments()).containsExactly("ERG-2026-0001", "REPORTED"));
		incident.putUnderReview();
		incident.findUnverifiable();
		assertThatThrownBy(() -> incident.close(" ", Instant.EPOCH)).isInstanceOf(DeskException.Invalid.class)
			.hasMessage("incidents.closingOutcomeRequired");
		incident.close("Could not be verified.", Instant.EPOCH);
		assertThatThrownBy(() -> incident.give(IncidentStatement.of(TSKHINVALI, "Late.", null, null, null, "so", AT)))
			.isInstanceOf(DeskException.Conflict.class).hasMessage("incidents.actionNotAvailable");
	}

	@Test
	void countsUnderTheGravestKindOnce() {
		Incident incident = Incident.report("ERG-2026-0002", UUID.randomUUID(), new Occurrence(IncidentKind.DETENTION,
				List.of(IncidentKind.SHOOTING, IncidentKind.DETENTION), AT, TimePrecision.DAY,
				new Place("Ergneti", PlacePrecision.DISTRICT, null, null), null, null),
				IncidentStatement.of(null, "Shots, then a detention.", null, null, null, "secretariat", AT));
		assertThat(incident.kind()).isEqualTo(IncidentKind.SHOOTING);
		assertThat(incident.otherKinds()).containsExactly(IncidentKind.DETENTION);
		assertThat(IncidentKind.gravest(List.of(IncidentKind.FENCES_OR_SIGNS, IncidentKind.ABDUCTION)))
			.isEqualTo(IncidentKind.ABDUCTION);
	}

	@Test
	void showsTheMostConservativeFiguresAndMarksThemDisputedWhereAccountsDiffer() {
		Incident incident = detention(detained(2, 3, 4));
		assertThat(incident.disputed()).isFalse();
		incident.give(IncidentStatement.of(TSKHINVALI, "One person was held for crossing.", null, null,
				detained(1, 1, 1), "so", AT));
		assertThat(incident.conservative().detained()).isEqualTo(new Figures(1, 1, 1));
		assertThat(incident.conservative().dead()).isNull();
		assertThat(incident.disputed()).isTrue();
		incident.give(IncidentStatement.of(null, "Residents were detained.", null, null, null, "secretariat", AT));
		assertThat(incident.summary()).isEqualTo("Residents were detained.");
		assertThat(incident.statements()).hasSize(3);
	}

	@Test
	void takesOneAccountPerSource() {
		Incident incident = detention(Casualties.none());
		assertThatThrownBy(() -> incident.give(IncidentStatement.of(TBILISI, "Again.", null, null, null, "ge", AT)))
			.isInstanceOf(DeskException.Conflict.class).hasMessage("incidents.accountAlreadyGiven");
	}

	@Test
	void refusesFiguresOutOfOrderAndCoordinatesForAnythingButAPoint() {
		assertThatThrownBy(() -> new Figures(3, 2, 4)).isInstanceOf(DeskException.Invalid.class)
			.hasMessage("incidents.figuresOrder");
		assertThatThrownBy(() -> new Counts.Count(null, null, 2).checked("dead"))
			.isInstanceOf(DeskException.Invalid.class).hasMessage("incidents.bestRequired");
		assertThat(new Counts.Count(null, 2, null).checked("dead")).isEqualTo(Figures.exactly(2));
		assertThatThrownBy(() -> new Place("Ergneti", PlacePrecision.NEAR, 42.2, 44.0).checked())
			.isInstanceOf(DeskException.Invalid.class).hasMessage("incidents.coordinatesForPointOnly");
		assertThatThrownBy(() -> new Place("Ergneti", PlacePrecision.POINT, 142.2, 44.0).checked())
			.isInstanceOf(DeskException.Invalid.class).hasMessage("incidents.coordinatesOutOfRange");
		assertThat(new Place(" Ergneti ", PlacePrecision.POINT, 42.2, 44.0).checked().name()).isEqualTo("Ergneti");
	}

	@Test
	void readsTheTimeAsADayOrAnInstant() {
		assertThat(IncidentRegister.instant("2026-03-14")).isEqualTo(Instant.parse("2026-03-14T00:00:00Z"));
		assertThat(IncidentRegister.instant("2026-03-14T06:30:00+04:00")).isEqualTo(Instant.parse("2026-03-14T02:30:00Z"));
		assertThatThrownBy(() -> IncidentRegister.instant("14 March")).isInstanceOf(DeskException.Invalid.class)
			.hasMessage("incidents.occurredAtInvalid");
	}

	@Test
	void becomesACaseThatClosesWithTheIncident() {
		Incident incident = detention(detained(1, 1, 1));
		incident.openCase(AT.plusSeconds(60));
		assertThat(incident.caseOpenedAt()).isEqualTo(AT.plusSeconds(60));
		assertThat(incident.availableActions()).doesNotContain(IncidentAction.OPEN_CASE);
		assertThatThrownBy(() -> incident.openCase(AT)).isInstanceOf(DeskException.Conflict.class);
		incident.putUnderReview();
		incident.verify();
		incident.close("Released.", AT.plusSeconds(3600));
		assertThat(incident.caseClosedAt()).isEqualTo(AT.plusSeconds(3600));
		assertThatThrownBy(() -> incident.putOnReview(UUID.randomUUID())).isInstanceOf(DeskException.Conflict.class);
	}

	@Test
	void goesOnAMeetingsReviewOncePerMeeting() {
		Incident incident = detention(Casualties.none());
		UUID meeting = UUID.randomUUID();
		incident.putOnReview(meeting);
		assertThatThrownBy(() -> incident.putOnReview(meeting)).isInstanceOf(DeskException.Conflict.class)
			.hasMessage("incidents.alreadyOnReview");
		assertThat(incident.reviewedAt()).containsExactly(meeting);
	}

	@Test
	void takesInADuplicateKeepingEveryAccountAndItsOwnPublicId() {
		UUID mechanism = UUID.randomUUID();
		Incident kept = Incident.report("ERG-2026-0001", mechanism, occurrence(), IncidentStatement.of(TBILISI,
				"Two residents were detained.", null, null, detained(2, 2, 2), "ge", AT));
		Incident duplicate = Incident.report("ERG-2026-0002", mechanism, occurrence(), IncidentStatement.of(TBILISI,
				"Residents held near the line.", null, null, detained(1, 2, 3), "ge", AT));
		duplicate.give(IncidentStatement.of(TSKHINVALI, "One person crossed.", null, null, detained(1, 1, 1), "so", AT));
		UUID meeting = UUID.randomUUID();
		duplicate.putOnReview(meeting);
		duplicate.openCase(AT);
		kept.absorb(duplicate);
		assertThat(kept.publicId()).isEqualTo("ERG-2026-0001");
		assertThat(kept.statements()).extracting(IncidentStatement::text).containsExactly("Two residents were detained.",
				"Residents held near the line.", "One person crossed.");
		assertThat(kept.statements()).extracting(IncidentStatement::mergedFrom).containsExactly(null, "ERG-2026-0002",
				"ERG-2026-0002");
		assertThat(kept.conservative().detained()).isEqualTo(Figures.exactly(1));
		assertThat(kept.disputed()).isTrue();
		assertThat(kept.reviewedAt()).containsExactly(meeting);
		assertThat(kept.caseOpenedAt()).isEqualTo(AT);
		assertThat(duplicate.mergedInto()).isEqualTo("ERG-2026-0001");
		assertThat(duplicate.statements()).isEmpty();
		assertThat(duplicate.availableActions()).isEmpty();
		assertThatThrownBy(() -> kept.absorb(duplicate)).isInstanceOf(DeskException.Conflict.class);
		assertThatThrownBy(() -> kept.absorb(kept)).isInstanceOf(DeskException.Invalid.class)
			.hasMessage("incidents.mergeTarget");
		Incident elsewhere = Incident.report("GAL-2026-0001", UUID.randomUUID(), occurrence(), IncidentStatement.of(
				TBILISI, "Elsewhere.", null, null, null, "ge", AT));
		assertThatThrownBy(() -> kept.absorb(elsewhere)).isInstanceOf(DeskException.Invalid.class);
	}

	private static Occurrence occurrence() {
		return new Occurrence(IncidentKind.DETENTION, List.of(), AT, TimePrecision.DAY,
				new Place("near Khurvaleti", PlacePrecision.NEAR, null, null), null, null);
	}
}
