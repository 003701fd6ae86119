package org.mediationdesk.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Signs the head of the audit log on a schedule while the server runs, and once more when it stops; it does nothing
 * while the head has not moved. A periodic job, as every job is one (see "Jobs" in {@code docs/architecture.md}):
 * its switch and interval are {@code mediationdesk.jobs.audit-checkpoint.*} (every 5 seconds unless set); the
 * in-process test suite, whose databases go away before the application stops, switches it off and signs when it
 * asks. Signing is idempotent (a head already signed is not signed again) and serialised by a lock on the
 * checkpoint file; the job's lock only saves several nodes the duplicate work.
 *
 * <p>Why every 5 seconds: the entries after the latest signature are vouched for by the database alone. When the
 * server is killed (no last signature as it stops), someone who can write to the database may remove them without a
 * trace; the interval bounds that window. A run that finds the head moved appends one line and forces it to disk;
 * one that finds it still costs a read of the head and of the file's last line. Measured with {@code bench/load.sh}
 * against the former 30 seconds: see the README. A run that is refused (a checkpoint file missing or cut short, a
 * log that no longer follows from the last checkpoint) signs nothing and logs an error, once per distinct refusal.
 */
@Component
class CheckpointJob {

	/** The job's name: its lock's in the {@code shedlock} table, and its settings'. */
	static final String LOCK = "audit-checkpoint";

	private static final Logger LOG = LoggerFactory.getLogger(CheckpointJob.class);

	private final Checkpoints checkpoints;

	CheckpointJob(Checkpoints checkpoints) {
		this.checkpoints = checkpoints;
	}

	@Scheduled(fixedDelayString = "#{@jobs.interval('" + LOCK + "')}", initialDelayString = "#{@jobs.interval('" + LOCK + "')}")
	@SchedulerLock(name = LOCK)
	public void signTheHeadIfItMoved() {
		try {
			checkpoints.sign();
		}
		catch (RuntimeException e) {
			LOG.error("Could not sign the head of the audit log: {}", e.getMessage(), e);
		}
	}

	/**
	 * The last signature, as the server stops, when the job is switched on (never in a command run). Not under the
	 * job's lock: the database's lock table may already be closing, and the file's lock serialises it anyway.
	 */
	@EventListener(value = ContextClosedEvent.class, condition = "@jobs.enabled('" + LOCK + "')")
	void signTheHeadOnStop() {
		try {
			checkpoints.sign();
		}
		catch (RuntimeException e) {
			LOG.error("Could not sign the head of the audit log: {}", e.getMessage(), e);
		}
	}
}
