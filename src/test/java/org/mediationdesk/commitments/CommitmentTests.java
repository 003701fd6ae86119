package org.mediationdesk.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Localized;

/** A commitment guards its steps: one per round, in the order of the rounds, none once it is closed. */
class CommitmentTests {

	private static final Instant AT = Instant.parse("2026-12-07T10:00:00Z");

	private static CommitmentStep step(int round, CommitmentStatus status) {
		return new CommitmentStep(round, status, "The participants discussed it.", null, null, false, null, "cc", AT);
	}

	private static Commitment raised(int round) {
		return Commitment.record(null, Localized.english("Non-use of force"), Localized.english("A joint statement."),
				new Makers(List.of("GE", "RU"), false, null), new CommitmentSource(SourceKind.ROUND_DECISION, round, null,
						null), Audience.everyone(), step(round, CommitmentStatus.RAISED), "cc", AT);
	}

	@Test
	void offersProgressAndReadingsWhileOpen() {
		Commitment commitment = raised(2);
		assertThat(commitment.availableActions()).containsExactlyInAnyOrder(CommitmentAction.RECORD_PROGRESS,
				CommitmentAction.GIVE_READING);
		assertThat(commitment.status()).isEqualTo(CommitmentStatus.RAISED);
	}

	@Test
	void movesRoundByRoundUntilFulfilledAndThenTakesNoMoreSteps() {
		Commitment commitment = raised(2);
		commitment.progress(step(3, CommitmentStatus.STALLED));
		commitment.progress(step(6, CommitmentStatus.AGREED_PENDING_CONFIRMATION));
		commitment.progress(step(7, CommitmentStatus.FULFILLED));
		assertThat(commitment.steps()).extracting(CommitmentStep::roundNumber).containsExactly(2, 3, 6, 7);
		assertThat(commitment.availableActions()).containsExactly(CommitmentAction.GIVE_READING);
		assertThatThrownBy(() -> commitment.progress(step(8, CommitmentStatus.IN_PROGRESS)))
			.isInstanceOf(DeskException.Conflict.class)
			.hasFieldOrPropertyWithValue("code", "commitments.closed");
	}

	@Test
	void refusesASecondStepForARoundAndAStepForAnEarlierRound() {
		Commitment commitment = raised(4);
		commitment.progress(step(5, CommitmentStatus.STALLED));
		assertThatThrownBy(() -> commitment.progress(step(5, CommitmentStatus.AGREED)))
			.hasFieldOrPropertyWithValue("code", "commitments.roundAlreadyRecorded");
		assertThatThrownBy(() -> commitment.progress(step(3, CommitmentStatus.AGREED)))
			.hasFieldOrPropertyWithValue("code", "commitments.roundBeforeLast");
		assertThat(commitment.steps()).hasSize(2);
	}

	@Test
	void raisesOnlyAsItsFirstStepAndNeverStartsConfidential() {
		Commitment commitment = raised(4);
		assertThatThrownBy(() -> commitment.progress(step(5, CommitmentStatus.RAISED)))
			.hasFieldOrPropertyWithValue("code", "commitments.raisedOnlyFirst");
		CommitmentStep hidden = new CommitmentStep(4, CommitmentStatus.RAISED, "n", null, null, true, null, "cc", AT);
		assertThatThrownBy(() -> Commitment.record(null, Localized.english("t"), Localized.english("x"),
				new Makers(List.of(), true, null), new CommitmentSource(SourceKind.MECHANISM_MEETING, null, null, null),
				Audience.coChairs(), hidden, "cc", AT)).hasFieldOrPropertyWithValue("code", "commitments.firstStepPublic");
	}

	@Test
	void keepsEachSidesReadingApartAndRefusesOneWithoutASide() {
		Commitment commitment = raised(2);
		UUID tbilisi = UUID.randomUUID();
		UUID moscow = UUID.randomUUID();
		commitment.read(new CommitmentReading(tbilisi, "Our pledge stands.", "p1", AT));
		commitment.read(new CommitmentReading(moscow, "A binding agreement is needed.", "p2", AT));
		assertThat(commitment.readings()).extracting(CommitmentReading::groupId).containsExactly(tbilisi, moscow);
		assertThatThrownBy(() -> commitment.read(new CommitmentReading(null, "x", "cc", AT)))
			.isInstanceOf(DeskException.Invalid.class);
	}

	@Test
	void readsItsMakersBack() {
		Commitment commitment = raised(2);
		assertThat(commitment.makers().groups()).containsExactly("GE", "RU");
		assertThat(commitment.makers().coChairs()).isFalse();
	}
}
