package org.mediationdesk.platform;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.mediationdesk.shared.SharedProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The one place where a periodic job's switch and interval are read, by the job's name (its lock's): the jobs'
 * {@code @Scheduled} take their interval from here ({@code #{@jobs.interval('communique-publication')}}), and
 * {@link JobConfiguration} schedules only the jobs switched on. No job runs in a command run. The settings are
 * {@code mediationdesk.jobs.<name>.enabled} and {@code .interval} ({@link PlatformProperties}); the names they had
 * before are still read, with a warning, where the new one is not set.
 */
@Component("jobs")
class Jobs {

	private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);

	/** The names the switches and intervals had before, and the setting each is now. */
	static final Map<String, String> FORMER_NAMES = Map.of(
			"mediationdesk.communique.publication-job", "mediationdesk.jobs.communique-publication.enabled",
			"mediationdesk.communique.publication-interval", "mediationdesk.jobs.communique-publication.interval",
			"mediationdesk.audit.checkpoint-job", "mediationdesk.jobs.audit-checkpoint.enabled",
			"mediationdesk.audit.checkpoint-interval", "mediationdesk.jobs.audit-checkpoint.interval",
			"mediationdesk.mail.send-interval", "mediationdesk.jobs.mail-outbox.interval");

	private final Map<String, PlatformProperties.Job> jobs;
	private final boolean commandRun;

	Jobs(PlatformProperties properties, SharedProperties shared, Environment environment) {
		Map<String, PlatformProperties.Job> configured = new HashMap<>(properties.jobs());
		FORMER_NAMES.forEach((former, current) -> {
			String value = environment.getProperty(former);
			if (value != null && !environment.containsProperty(current)) {
				LOG.warn("The setting {} is now {}; the former name is still read, for now", former, current);
				String name = current.split("\\.")[2];
				PlatformProperties.Job job = configured.get(name);
				configured.put(name, current.endsWith(".enabled")
						? new PlatformProperties.Job(Boolean.parseBoolean(value.trim()), job.interval())
						: new PlatformProperties.Job(job.enabled(), DurationStyle.detectAndParse(value.trim())));
			}
		});
		this.jobs = Map.copyOf(configured);
		this.commandRun = shared.commandRun();
	}

	/** Whether the job runs on its schedule: switched on, and the application runs as a server. */
	public boolean enabled(String name) {
		return !commandRun && job(name).enabled();
	}

	/** The pause between the end of one run of the job and the start of the next. */
	public Duration interval(String name) {
		return job(name).interval();
	}

	/** Whether a job of this name is declared in {@link PlatformProperties#JOBS}. */
	boolean known(String name) {
		return jobs.containsKey(name);
	}

	private PlatformProperties.Job job(String name) {
		PlatformProperties.Job job = jobs.get(name);
		if (job == null) {
			throw new IllegalStateException("No job is named " + name + " in PlatformProperties.JOBS; the jobs are "
					+ String.join(", ", jobs.keySet()));
		}
		return job;
	}
}
