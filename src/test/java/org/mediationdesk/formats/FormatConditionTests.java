package org.mediationdesk.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.confidentiality.Audience;

/** A group's condition is confided to the co-chairs, whoever records it, and is kept when withdrawn. */
class FormatConditionTests {

	private static final UUID GROUP = UUID.randomUUID();
	private static final Instant STATED = Instant.parse("2026-03-02T09:00:00Z");

	@Test
	void isConfidedToItsGroupAndTheCoChairs() {
		FormatCondition condition = FormatCondition.stated("ge-1", GROUP, "{}", "cc-un", STATED);

		assertThat(condition.audience()).isEqualTo(Audience.groupAndCoChairs(GROUP));
		assertThat(condition.groupId()).isEqualTo(GROUP);
		assertThat(condition.code()).isEqualTo("ge-1");
		assertThat(condition.statedAt()).isEqualTo(STATED);
		assertThat(condition.withdrawn()).isFalse();
	}

	@Test
	void isKeptWithItsBodyWhenWithdrawn() {
		FormatCondition condition = FormatCondition.stated("ge-2", GROUP, "{\"type\":\"REFUSES_VENUE\"}", "ge-1", STATED);

		condition.withdraw(STATED.plusSeconds(60));

		assertThat(condition.withdrawn()).isTrue();
		assertThat(condition.body()).isEqualTo("{\"type\":\"REFUSES_VENUE\"}");
		assertThat(condition.audience()).as("withdrawing does not change who sees it")
			.isEqualTo(Audience.groupAndCoChairs(GROUP));
	}
}
