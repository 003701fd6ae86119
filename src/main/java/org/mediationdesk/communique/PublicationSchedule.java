package org.mediationdesk.communique;

import org.mediationdesk.shared.DeskCommand;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link PublicationJob} every {@code mediationdesk.communique.publication-interval} (15 seconds unless set)
 * while the server runs. Not in a command run; {@code mediationdesk.communique.publication-job=false} turns it off
 * (the in-process test suite runs the job when it needs to).
 */
@Component
@ConditionalOnExpression("'${" + DeskCommand.PROPERTY + ":none}' == 'none' and ${mediationdesk.communique.publication-job:true}")
class PublicationSchedule {

	private final PublicationJob job;

	PublicationSchedule(PublicationJob job) {
		this.job = job;
	}

	@Scheduled(fixedDelayString = "${mediationdesk.communique.publication-interval:PT15S}",
			initialDelayString = "${mediationdesk.communique.publication-interval:PT15S}")
	void publishDue() {
		job.publishDue();
	}
}
