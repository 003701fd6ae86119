package org.mediationdesk.texts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class StanceMatrixTests {

	private static final List<String> REQUIRED = List.of("GE", "RU", "AB");
	private static final Instant T0 = Instant.parse("2026-06-10T09:00:00Z");

	private final UUID first = UUID.randomUUID();
	private final UUID second = UUID.randomUUID();
	private final UUID confided = UUID.randomUUID();
	private final List<StanceMatrix.Entry> wordings = List.of(new StanceMatrix.Entry(first, "para_1", true),
			new StanceMatrix.Entry(second, "para_1", true), new StanceMatrix.Entry(confided, "para_2", false));
	private final List<StanceMatrix.Stance> stances = new ArrayList<>();
	private int minutes;

	private void state(UUID wording, String group, StanceKind kind) {
		stances.add(new StanceMatrix.Stance(wording, group, kind, null, T0.plusSeconds(60L * minutes++)));
	}

	private StanceMatrix matrix(Instant revealedAt) {
		return StanceMatrix.of(REQUIRED, List.of("para_1", "para_2"), wordings, stances, revealedAt);
	}

	@Test
	void takesEachGroupsLastStanceInTheOrderRecorded() {
		state(first, "GE", StanceKind.REJECT);
		state(first, "GE", StanceKind.ACCEPT);
		assertThat(matrix(null).stancesOn(first)).hasSize(1).extractingByKey("GE")
			.extracting(StanceMatrix.Stance::kind).isEqualTo(StanceKind.ACCEPT);
	}

	@Test
	void settlesAProvisionOnlyWhenEveryRequiredGroupAcceptsOrCanLiveWithOneWording() {
		state(second, "GE", StanceKind.ACCEPT);
		state(second, "RU", StanceKind.CAN_LIVE_WITH);
		assertThat(matrix(null).settledBy("para_1")).as("one group has not stated").isNull();
		state(second, "AB", StanceKind.RESERVE);
		assertThat(matrix(null).settledBy("para_1")).as("a reservation does not settle").isNull();
		state(second, "AB", StanceKind.ACCEPT);
		assertThat(matrix(null).settledBy("para_1")).isEqualTo(second);
		assertThat(matrix(null).settled()).as("nothing is agreed until everything is").isFalse();
	}

	@Test
	void neverSettlesAProvisionWithAWordingStillInConfidence() {
		for (String group : REQUIRED) {
			state(confided, group, StanceKind.ACCEPT);
		}
		assertThat(matrix(null).settledBy("para_2")).isNull();
	}

	@Test
	void agreesTheTextOnlyWhenEveryProvisionIsSettled() {
		assertThat(StanceMatrix.of(REQUIRED, List.of(), List.of(), List.of(), null).settled())
			.as("a text without provisions settles nothing").isFalse();
		for (String group : REQUIRED) {
			state(first, group, StanceKind.CAN_LIVE_WITH);
		}
		StanceMatrix one = StanceMatrix.of(REQUIRED, List.of("para_1"), wordings, stances, null);
		assertThat(one.settled()).isTrue();
	}

	@Test
	void sealsAStanceFromEveryoneButItsGroupUntilAllHaveStated() {
		state(first, "GE", StanceKind.ACCEPT);
		state(first, "RU", StanceKind.REJECT);
		StanceMatrix matrix = matrix(null);
		assertThat(matrix.visibleTo(first, "GE")).containsOnlyKeys("GE");
		assertThat(matrix.visibleTo(first, null)).as("the co-chairs see no sealed stance").isEmpty();
		assertThat(matrix.sealedFrom(first, null)).isEqualTo(2);
		assertThat(matrix.sealedFrom(first, "AB")).isEqualTo(2);
		state(first, "AB", StanceKind.ACCEPT);
		assertThat(matrix(null).visibleTo(first, "AB")).containsOnlyKeys("GE", "RU", "AB");
		assertThat(matrix(null).everyoneStated(first)).isTrue();
	}

	@Test
	void unsealsWithARevealOnlyTheStancesStatedBeforeIt() {
		state(first, "GE", StanceKind.ACCEPT);
		Instant reveal = T0.plusSeconds(60L * minutes++);
		state(first, "RU", StanceKind.REJECT);
		StanceMatrix matrix = matrix(reveal);
		assertThat(matrix.visibleTo(first, "AB")).containsOnlyKeys("GE");
		assertThat(matrix.visibleTo(first, "RU")).containsOnlyKeys("GE", "RU");
		assertThat(matrix.sealedFrom(first, null)).as("stated after the reveal: sealed again").isEqualTo(1);
	}

	@Test
	void keepsShowingARevealedStanceWhileItsGroupsNewOneIsSealed() {
		state(first, "GE", StanceKind.ACCEPT);
		Instant reveal = T0.plusSeconds(60L * minutes++);
		state(first, "GE", StanceKind.REJECT);
		StanceMatrix matrix = matrix(reveal);
		assertThat(matrix.visibleTo(first, "RU")).as("another group still sees the revealed stance")
			.extractingByKey("GE").extracting(StanceMatrix.Stance::kind).isEqualTo(StanceKind.ACCEPT);
		assertThat(matrix.visibleTo(first, null)).as("so do the co-chairs")
			.extractingByKey("GE").extracting(StanceMatrix.Stance::kind).isEqualTo(StanceKind.ACCEPT);
		assertThat(matrix.visibleTo(first, "GE")).as("the group sees its own new stance")
			.extractingByKey("GE").extracting(StanceMatrix.Stance::kind).isEqualTo(StanceKind.REJECT);
		assertThat(matrix.sealedFrom(first, null)).isEqualTo(1);
	}

	@Test
	void showsAStanceStatedAfterARevealOnceEveryRequiredGroupHasStated() {
		state(first, "GE", StanceKind.ACCEPT);
		Instant reveal = T0.plusSeconds(60L * minutes++);
		state(first, "GE", StanceKind.REJECT);
		state(first, "RU", StanceKind.ACCEPT);
		StanceMatrix matrix = matrix(reveal);
		assertThat(matrix.visibleTo(first, "AB")).as("AB has not stated: the new stances stay sealed")
			.containsOnlyKeys("GE").extractingByKey("GE").extracting(StanceMatrix.Stance::kind).isEqualTo(StanceKind.ACCEPT);
		assertThat(matrix.everyoneStated(first)).isFalse();
		assertThat(matrix.sealedFrom(first, null)).isEqualTo(2);
		state(first, "AB", StanceKind.CAN_LIVE_WITH);
		matrix = matrix(reveal);
		assertThat(matrix.visibleTo(first, "AB")).as("the last required group has stated: all show at once")
			.containsOnlyKeys("GE", "RU", "AB").extractingByKey("GE").extracting(StanceMatrix.Stance::kind)
			.isEqualTo(StanceKind.REJECT);
		assertThat(matrix.sealedFrom(first, null)).isZero();
		state(first, "GE", StanceKind.ACCEPT);
		assertThat(matrix(reveal).settledBy("para_1")).as("once all have stated, a stance shows as it is stated")
			.isEqualTo(first);
	}

	@Test
	void settlesOnlyByTheStancesShown() {
		state(first, "GE", StanceKind.ACCEPT);
		state(first, "RU", StanceKind.ACCEPT);
		Instant reveal = T0.plusSeconds(60L * minutes++);
		state(first, "GE", StanceKind.REJECT);
		state(first, "RU", StanceKind.REJECT);
		assertThat(matrix(reveal).settledBy("para_1")).isNull();
		assertThat(matrix(reveal).visibleTo(first, null)).extractingByKey("GE").extracting(StanceMatrix.Stance::kind)
			.isEqualTo(StanceKind.ACCEPT);
	}

	@Test
	void ordersTheStancesShownByTheRequiredGroupsNotByWhoStatedFirst() {
		state(first, "AB", StanceKind.ACCEPT);
		state(first, "GE", StanceKind.ACCEPT);
		state(first, "RU", StanceKind.ACCEPT);
		assertThat(matrix(null).visibleTo(first, null).keySet()).containsExactly("GE", "RU", "AB");
	}
}
