package org.mediationdesk.platform;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;
import org.springframework.scheduling.annotation.Scheduled;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Delivers again what a listener after commit still owes. The listeners that run after the writer's commit
 * (notifications, the search index, the page cache) are recorded in the event publication registry in the writer's
 * transaction; a publication that is still incomplete {@link #AGE} later was lost: its listener failed, or its node
 * stopped before it ran. Each is given to its listener again (which is idempotent: a notification is made once per
 * event, a stale index or a dropped page stays so); one that fails again stays incomplete for the next run. Not at
 * start ({@code spring.modulith.events.republish-outstanding-events-on-restart=false}): with several nodes, every
 * node starting would deliver everything outstanding at once. A periodic job like every other (see "Jobs" in
 * {@code docs/architecture.md}): its switch and interval are {@code mediationdesk.jobs.event-resubmission.*} (every
 * minute unless set), its lock {@link #LOCK} lets one node run it at a time, and a test runs it once by calling
 * {@link #resubmitIncomplete()}. Two runs at once would still deliver no event twice: the registry hands a
 * publication to one run only.
 */
@Component
class EventResubmission {

	/**
	 * How old an incomplete publication must be to count as lost: a listener runs within a second of its commit, so
	 * a younger one may still be on its way.
	 */
	static final Duration AGE = Duration.ofMinutes(2);

	/** The job's name: its lock's in the {@code shedlock} table, and its settings'. */
	static final String LOCK = "event-resubmission";

	private static final Logger LOG = LoggerFactory.getLogger(EventResubmission.class);

	private final IncompleteEventPublications publications;

	EventResubmission(IncompleteEventPublications publications) {
		this.publications = publications;
	}

	/** One run, under the lock: every publication incomplete for longer than {@link #AGE} goes to its listener again. */
	@Scheduled(fixedDelayString = "#{@jobs.interval('" + LOCK + "')}", initialDelayString = "#{@jobs.interval('" + LOCK + "')}")
	@SchedulerLock(name = LOCK)
	public void resubmitIncomplete() {
		try {
			publications.resubmitIncompletePublicationsOlderThan(AGE);
		}
		catch (RuntimeException e) {
			LOG.error("Could not deliver again the events still owed to their listeners: {}", e.getMessage(), e);
		}
	}
}
