package org.mediationdesk.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mediationdesk.shared.DeskException;

/** The rules of an escalation chain, with the reason of each refusal and the step it names. */
class EscalationChainsTests {

	private static EscalationStep step(int minutes, EscalationTarget target) {
		return new EscalationStep(Duration.ofMinutes(minutes), target, List.of());
	}

	@Test
	void acceptsStepsThatNeverGoBackAndEndInNobodyAnswered() {
		assertThat(EscalationChains.checked(List.of(step(0, EscalationTarget.SUPERVISORS),
				step(0, EscalationTarget.FACILITATORS), step(45, EscalationTarget.NOBODY_ANSWERED)))).hasSize(3);
	}

	@Test
	void refusesAStepEarlierThanTheOneBeforeNamingBoth() {
		assertThatThrownBy(() -> EscalationChains.checked(List.of(step(40, EscalationTarget.SUPERVISORS),
				step(25, EscalationTarget.FACILITATORS), step(60, EscalationTarget.NOBODY_ANSWERED))))
			.isInstanceOfSatisfying(DeskException.Invalid.class, refused -> {
				assertThat(refused.code()).isEqualTo("hotline.chainDelays");
				assertThat(refused.arguments()).containsExactly(2, 25L, 1, 40L);
			});
	}

	@Test
	void refusesANegativeOrTooLateStepAndAChainWithoutItsEnd() {
		assertThatThrownBy(() -> EscalationChains.checked(List.of(step(-1, EscalationTarget.SUPERVISORS),
				step(60, EscalationTarget.NOBODY_ANSWERED)))).hasMessage("hotline.chainDelayRange");
		assertThatThrownBy(() -> EscalationChains.checked(List.of(step(0, EscalationTarget.SUPERVISORS),
				step(60 * 24 * 31, EscalationTarget.NOBODY_ANSWERED)))).hasMessage("hotline.chainDelayRange");
		assertThatThrownBy(() -> EscalationChains.checked(List.of(step(0, EscalationTarget.SUPERVISORS))))
			.hasMessage("hotline.chainEnds");
		assertThatThrownBy(() -> EscalationChains.checked(List.of())).hasMessage("hotline.chainSteps");
	}
}
