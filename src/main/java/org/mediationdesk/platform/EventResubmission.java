package org.mediationdesk.platform;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Delivers again what a listener after commit still owes. The listeners that run after the writer's commit
 * (notifications, the search index, the page cache) are recorded in the event publication registry in the writer's
 * transaction; a publication that is still incomplete {@link #AGE} later was lost: its listener failed, or its node
 * stopped before it ran. Each is given to its listener again (which is idempotent: a notification is made once per
 * event, a stale index or a dropped page stays so); one that fails again stays incomplete for the next run. Not at
 * start ({@code spring.modulith.events.republish-outstanding-events-on-restart=false}): with several nodes, every
 * node starting would deliver everything outstanding at once. It follows the application's convention for jobs: this
 * component is the job, {@link EventResubmissionSchedule} runs it on a schedule, a test runs it once by calling
 * {@link #resubmitIncomplete()}, and the job's lock in the database goes on that method, as on the other jobs.
 */
@Component
class EventResubmission {

	/**
	 * How old an incomplete publication must be to count as lost: a listener runs within a second of its commit, so
	 * a younger one may still be on its way.
	 */
	static final Duration AGE = Duration.ofMinutes(2);

	private static final Logger LOG = LoggerFactory.getLogger(EventResubmission.class);

	private final IncompleteEventPublications publications;

	EventResubmission(IncompleteEventPublications publications) {
		this.publications = publications;
	}

	/** One run: every publication incomplete for longer than {@link #AGE} goes to its listener again. */
	void resubmitIncomplete() {
		try {
			publications.resubmitIncompletePublicationsOlderThan(AGE);
		}
		catch (RuntimeException e) {
			LOG.error("Could not deliver again the events still owed to their listeners: {}", e.getMessage(), e);
		}
	}
}
