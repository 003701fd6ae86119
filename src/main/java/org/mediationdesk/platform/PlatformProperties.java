package org.mediationdesk.platform;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The platform's settings, each under {@code mediationdesk.}, with its default here.
 *
 * @param adminPassword {@code mediationdesk.admin-password}: the administrator's password at the first start;
 *     empty: a random one, printed once
 * @param demoAccounts {@code mediationdesk.demo-accounts}: one demo account per role at the first start in
 *     evaluation mode
 * @param referenceRecord {@code mediationdesk.reference-record}: the Geneva International Discussions loaded into an
 *     empty database
 * @param security {@code mediationdesk.security.*}
 * @param jobs {@code mediationdesk.jobs.<name>.enabled} and {@code .interval}: the periodic jobs (see {@link #JOBS}
 *     and {@link Jobs}); a name that is not a job's refuses the start
 */
@ConfigurationProperties("mediationdesk")
@Validated
record PlatformProperties(@DefaultValue("") String adminPassword, @DefaultValue("true") boolean demoAccounts,
		@DefaultValue("true") boolean referenceRecord, @Valid @DefaultValue Security security,
		@Valid Map<String, Job> jobs) {

	/**
	 * Every periodic job, by the name of its lock ({@code @SchedulerLock(name = …)}), with its defaults. A new job
	 * adds its line here: see "Jobs" in {@code docs/architecture.md}.
	 */
	static final Map<String, Job> JOBS = jobs(
			// publishes the communiqués whose embargo time has come
			"communique-publication", new Job(true, Duration.ofSeconds(15)),
			// signs the head of the audit log while it moves: the entries after the latest signature are the window in
			// which a tail of the log could vanish without a trace (see the audit module)
			"audit-checkpoint", new Job(true, Duration.ofSeconds(5)),
			// delivers the mail outbox through the SMTP server, if one is configured
			"mail-outbox", new Job(true, Duration.ofSeconds(15)),
			// delivers again the events a listener after commit still owes (EventResubmission)
			"event-resubmission", new Job(true, Duration.ofMinutes(1)),
			// fires the steps of the hotline's escalation chains that are due (the hotline module's EscalationEngine)
			"hotline-escalation", new Job(true, Duration.ofSeconds(15)));

	PlatformProperties {
		Map<String, Job> merged = new LinkedHashMap<>(JOBS);
		if (jobs != null) {
			jobs.forEach((name, job) -> {
				Job defaults = JOBS.get(name);
				if (defaults == null) {
					throw new IllegalArgumentException("mediationdesk.jobs." + name + " is not a job; the jobs are "
							+ String.join(", ", JOBS.keySet()));
				}
				merged.put(name, job.or(defaults));
			});
		}
		jobs = Map.copyOf(merged);
	}

	/**
	 * @param strictTransportSecurity {@code mediationdesk.security.strict-transport-security}: whether browsers are
	 *     told to keep to https
	 * @param trustedProxies {@code mediationdesk.security.trusted-proxies}: the addresses and CIDR ranges of the
	 *     proxies whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed (none by default: the
	 *     headers are ignored); see {@link TrustedProxies}
	 */
	record Security(@DefaultValue("false") boolean strictTransportSecurity, @DefaultValue List<String> trustedProxies) {
	}

	/**
	 * A periodic job's switch and the pause between the end of one run and the start of the next (ISO 8601, from a
	 * second to a day); what is not set is the job's default.
	 */
	record Job(@NotNull Boolean enabled, @NotNull @DurationMin(seconds = 1) @DurationMax(days = 1) Duration interval) {

		Job or(Job defaults) {
			return new Job(enabled == null ? defaults.enabled() : enabled, interval == null ? defaults.interval() : interval);
		}
	}

	private static Map<String, Job> jobs(Object... pairs) {
		Map<String, Job> jobs = new TreeMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			jobs.put((String) pairs[i], (Job) pairs[i + 1]);
		}
		return Map.copyOf(jobs);
	}
}
