package org.mediationdesk.platform;

import org.mediationdesk.shared.DeskCommand;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link EventResubmission} every {@code mediationdesk.events.resubmission-interval} (a minute unless set) while
 * the server runs. It follows the application's convention for scheduled jobs, a job and its schedule apart, the
 * schedule switched by a property: not in a command run, and {@code mediationdesk.events.resubmission-job=false}
 * turns it off (the in-process test suite runs the job when it needs to). Two nodes running it at once deliver no
 * event twice: the registry hands a publication to one run only (it marks it resubmitted first).
 */
@Component
@ConditionalOnExpression("'${" + DeskCommand.PROPERTY + ":none}' == 'none' and ${mediationdesk.events.resubmission-job:true}")
class EventResubmissionSchedule {

	private final EventResubmission resubmission;

	EventResubmissionSchedule(EventResubmission resubmission) {
		this.resubmission = resubmission;
	}

	@Scheduled(fixedDelayString = "${mediationdesk.events.resubmission-interval:PT1M}",
			initialDelayString = "${mediationdesk.events.resubmission-interval:PT1M}")
	void resubmitIncomplete() {
		resubmission.resubmitIncomplete();
	}
}
