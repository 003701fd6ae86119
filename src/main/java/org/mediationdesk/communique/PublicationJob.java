package org.mediationdesk.communique;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Publishes the communiqués whose embargo time has come. With several nodes, ShedLock's lock in the database
 * ({@link #LOCK} in the table {@code shedlock}) lets one node run it at a time, and a run that finds the lock taken
 * does nothing; each publication is moreover a conditional update, so that even two runs at once publish a
 * communiqué once. {@link PublicationSchedule} runs it on a schedule; a test runs it once by calling
 * {@link #publishDue()}.
 */
@Component
class PublicationJob {

	/** The lock's name in the {@code shedlock} table. */
	static final String LOCK = "communique-publication";

	private static final Logger LOG = LoggerFactory.getLogger(PublicationJob.class);

	private final Communiques communiques;

	PublicationJob(Communiques communiques) {
		this.communiques = communiques;
	}

	/** One run, under the lock: publishes what is due, and logs what went wrong instead of stopping the schedule. */
	@SchedulerLock(name = LOCK, lockAtMostFor = "PT10M", lockAtLeastFor = "PT0S")
	public void publishDue() {
		try {
			int published = communiques.publishDue();
			if (published > 0) {
				LOG.info("Communiqués published as their embargo time came: {}", published);
			}
		}
		catch (RuntimeException e) {
			LOG.error("Could not publish the communiqués due: {}", e.getMessage(), e);
		}
	}
}
