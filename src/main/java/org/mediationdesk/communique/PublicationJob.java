package org.mediationdesk.communique;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Publishes the communiqués whose embargo time has come: a periodic job, as every job is one (see "Jobs" in
 * {@code docs/architecture.md}). Its switch and interval are {@code mediationdesk.jobs.communique-publication.*}
 * (every 15 seconds unless set). With several nodes, the lock {@link #LOCK} lets one node run it at a time, and a
 * run that finds the lock taken does nothing; each publication is moreover the communiqué's own step, saved with its
 * version, so that even two runs at once publish a communiqué once. A test runs it once by calling
 * {@link #publishDue()}.
 */
@Component
class PublicationJob {

	/** The job's name: its lock's in the {@code shedlock} table, and its settings'. */
	static final String LOCK = "communique-publication";

	private static final Logger LOG = LoggerFactory.getLogger(PublicationJob.class);

	private final Communiques communiques;

	PublicationJob(Communiques communiques) {
		this.communiques = communiques;
	}

	/** One run, under the lock: publishes what is due, and logs what went wrong instead of stopping the schedule. */
	@Scheduled(fixedDelayString = "#{@jobs.interval('" + LOCK + "')}", initialDelayString = "#{@jobs.interval('" + LOCK + "')}")
	@SchedulerLock(name = LOCK)
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
