package org.mediationdesk.audit;

import org.mediationdesk.shared.DeskCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Signs the head of the audit log every {@code mediationdesk.audit.checkpoint-interval} (30 seconds unless set)
 * while the server runs, and once more when it stops; it does nothing while the head has not moved. Signing is
 * idempotent (a head already signed is not signed again) and serialised by a lock on the checkpoint file, so
 * that it stays correct if several nodes ever run it; a scheduler lock across nodes (ShedLock or the like) would
 * only save them the duplicate work. Not in a command run; {@code mediationdesk.audit.checkpoint-job=false} turns it
 * off (the in-process test suite, whose databases go away before the application stops, signs when it asks).
 */
@Component
@ConditionalOnExpression("'${" + DeskCommand.PROPERTY + ":none}' == 'none' and ${mediationdesk.audit.checkpoint-job:true}")
class CheckpointJob {

	private static final Logger LOG = LoggerFactory.getLogger(CheckpointJob.class);

	private final Checkpoints checkpoints;

	CheckpointJob(Checkpoints checkpoints) {
		this.checkpoints = checkpoints;
	}

	@Scheduled(fixedRateString = "${mediationdesk.audit.checkpoint-interval:PT30S}",
			initialDelayString = "${mediationdesk.audit.checkpoint-interval:PT30S}")
	void signTheHeadIfItMoved() {
		try {
			checkpoints.sign();
		}
		catch (RuntimeException e) {
			LOG.error("Could not sign the head of the audit log: {}", e.getMessage(), e);
		}
	}

	@EventListener(ContextClosedEvent.class)
	void signTheHeadOnStop() {
		signTheHeadIfItMoved();
	}
}
