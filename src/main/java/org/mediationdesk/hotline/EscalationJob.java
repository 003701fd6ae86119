package org.mediationdesk.hotline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The hotline's escalation: a periodic job, as every job is one (see "Jobs" in {@code docs/architecture.md}). Its
 * switch and interval are {@code mediationdesk.jobs.hotline-escalation.*} (every 15 seconds unless set). The lock
 * {@link #LOCK} lets one node tick at a time; the engine's claimed rows, conditional updates and the unique key of
 * each step fired keep each step to one firing even without it. A test ticks by calling {@link #escalateDue()} or
 * the engine itself.
 */
@Component
@EnableConfigurationProperties(HotlineProperties.class)
class EscalationJob {

	/** The job's name: its lock's in the {@code shedlock} table, and its settings'. */
	static final String LOCK = "hotline-escalation";

	private static final Logger LOG = LoggerFactory.getLogger(EscalationJob.class);

	private final EscalationEngine engine;

	EscalationJob(EscalationEngine engine) {
		this.engine = engine;
	}

	/** One run, under the lock: fires the steps due, and logs what went wrong instead of stopping the schedule. */
	@Scheduled(fixedDelayString = "#{@jobs.interval('" + LOCK + "')}", initialDelayString = "#{@jobs.interval('" + LOCK + "')}")
	@SchedulerLock(name = LOCK)
	public void escalateDue() {
		try {
			int fired = engine.tick();
			if (fired > 0) {
				LOG.info("Hotline escalation steps fired: {}", fired);
			}
		}
		catch (RuntimeException e) {
			LOG.error("Could not escalate the hotline activations due: {}", e.getMessage(), e);
		}
	}
}
