package org.mediationdesk.hotline;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * The hotline's settings ({@code mediationdesk.hotline.*}): the deadlines of each urgency, counted from the moment
 * an activation is sent, and the default escalation chain of a mechanism that has none of its own, each step's
 * delay counted from the deadline to acknowledge. (How often the engine looks is the job's setting,
 * {@code mediationdesk.jobs.hotline-escalation.interval}.)
 */
@ConfigurationProperties("mediationdesk.hotline")
@Validated
record HotlineProperties(@DefaultValue("PT15M") @NotNull Duration emergencyAcknowledge,
		@DefaultValue("PT4H") @NotNull Duration emergencyRespond, @DefaultValue("PT1H") @NotNull Duration urgentAcknowledge,
		@DefaultValue("PT24H") @NotNull Duration urgentRespond,
		@DefaultValue("PT24H") @NotNull Duration routineAcknowledge,
		@DefaultValue("P7D") @NotNull Duration routineRespond,
		@DefaultValue("PT0S") @NotNull Duration supervisorsAfter,
		@DefaultValue("PT30M") @NotNull Duration facilitatorsAfter,
		@DefaultValue("PT2H") @NotNull Duration nobodyAnsweredAfter) {

	HotlineProperties {
		for (Duration each : new Duration[] { emergencyAcknowledge, emergencyRespond, urgentAcknowledge, urgentRespond,
				routineAcknowledge, routineRespond }) {
			if (each != null && (each.isNegative() || each.isZero())) {
				throw new IllegalArgumentException("mediationdesk.hotline: every deadline must be longer than zero");
			}
		}
		if (supervisorsAfter != null && facilitatorsAfter != null && nobodyAnsweredAfter != null
				&& (supervisorsAfter.isNegative() || facilitatorsAfter.compareTo(supervisorsAfter) < 0
						|| nobodyAnsweredAfter.compareTo(facilitatorsAfter) < 0)) {
			throw new IllegalArgumentException(
					"mediationdesk.hotline: the escalation's delays must be zero or more, each at least the one before");
		}
	}

	/** The deadlines of an urgency. */
	Deadlines deadlines(Urgency urgency) {
		return switch (urgency) {
			case EMERGENCY -> new Deadlines(emergencyAcknowledge, emergencyRespond);
			case URGENT -> new Deadlines(urgentAcknowledge, urgentRespond);
			case ROUTINE -> new Deadlines(routineAcknowledge, routineRespond);
		};
	}
}
