package org.mediationdesk.hotline;

import java.time.Duration;
import java.util.List;

/**
 * A step of a mechanism's escalation chain.
 *
 * @param delay after the deadline to acknowledge (zero or more, each step's at least the one before's)
 * @param accounts for {@link EscalationTarget#SUPERVISORS}: the supervisors' login names, or none for the whole desk
 */
public record EscalationStep(Duration delay, EscalationTarget target, List<String> accounts) {

	public EscalationStep {
		accounts = accounts == null ? List.of() : List.copyOf(accounts);
	}
}
