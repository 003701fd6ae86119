package org.mediationdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.mediationdesk.shared.SharedProperties;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** The one convention of the periodic jobs: their switches and intervals, checked at the start, and what is scheduled. */
class JobsTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class);

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ PlatformProperties.class, SharedProperties.class })
	@Import(Jobs.class)
	static class Settings {
	}

	@Configuration(proxyBeanMethods = false)
	@EnableScheduling
	static class Scheduling {

		@Bean
		static BeanDefinitionRegistryPostProcessor switchedJobs() {
			return JobConfiguration.switchedJobs();
		}
	}

	static class MailJob {

		@Scheduled(fixedDelayString = "#{@jobs.interval('mail-outbox')}", initialDelayString = "#{@jobs.interval('mail-outbox')}")
		@SchedulerLock(name = "mail-outbox")
		public void run() {
		}
	}

	static class JobWithoutLock {

		@Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
		public void run() {
		}
	}

	@Test
	void runsEveryJobWithItsDefaultsUnlessSetOtherwise() {
		runner.run(context -> {
			Jobs jobs = context.getBean(Jobs.class);
			assertThat(jobs.enabled("communique-publication")).isTrue();
			assertThat(jobs.interval("communique-publication")).isEqualTo(Duration.ofSeconds(15));
			assertThat(jobs.enabled("audit-checkpoint")).isTrue();
			assertThat(jobs.interval("audit-checkpoint")).as("the window in which unsigned entries could vanish")
				.isEqualTo(Duration.ofSeconds(5));
			assertThat(jobs.interval("mail-outbox")).isEqualTo(Duration.ofSeconds(15));
		});
	}

	@Test
	void readsASwitchAndAnIntervalByTheJobsName() {
		runner.withPropertyValues("mediationdesk.jobs.mail-outbox.enabled=false",
				"mediationdesk.jobs.audit-checkpoint.interval=PT5M").run(context -> {
					Jobs jobs = context.getBean(Jobs.class);
					assertThat(jobs.enabled("mail-outbox")).isFalse();
					assertThat(jobs.interval("mail-outbox")).as("the default where only the switch is set")
						.isEqualTo(Duration.ofSeconds(15));
					assertThat(jobs.enabled("audit-checkpoint")).as("the default where only the interval is set").isTrue();
					assertThat(jobs.interval("audit-checkpoint")).isEqualTo(Duration.ofMinutes(5));
				});
	}

	@Test
	void refusesToStartWithASettingOfAJobThatDoesNotExist() {
		runner.withPropertyValues("mediationdesk.jobs.comunique-publication.enabled=false")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("mediationdesk.jobs.comunique-publication is not a job"));
	}

	@Test
	void refusesToStartWithAnIntervalUnderASecondOrOverADay() {
		runner.withPropertyValues("mediationdesk.jobs.mail-outbox.interval=PT0.5S")
			.run(context -> assertThat(context).hasFailed());
		runner.withPropertyValues("mediationdesk.jobs.audit-checkpoint.interval=P2D")
			.run(context -> assertThat(context).hasFailed());
		runner.withPropertyValues("mediationdesk.jobs.audit-checkpoint.interval=P1D")
			.run(context -> assertThat(context).hasNotFailed());
	}

	@Test
	void stillReadsTheFormerNamesWhereTheNewOnesAreNotSet() {
		runner.withPropertyValues("mediationdesk.audit.checkpoint-job=false",
				"mediationdesk.communique.publication-interval=PT1M", "mediationdesk.mail.send-interval=PT2M",
				"mediationdesk.jobs.mail-outbox.interval=PT3M").run(context -> {
					Jobs jobs = context.getBean(Jobs.class);
					assertThat(jobs.enabled("audit-checkpoint")).isFalse();
					assertThat(jobs.interval("communique-publication")).isEqualTo(Duration.ofMinutes(1));
					assertThat(jobs.interval("mail-outbox")).as("the new name wins").isEqualTo(Duration.ofMinutes(3));
				});
	}

	@Test
	void runsNoJobInACommandRun() {
		runner.withPropertyValues("mediationdesk.command=audit-verify").run(context -> {
			Jobs jobs = context.getBean(Jobs.class);
			assertThat(PlatformProperties.JOBS.keySet()).allSatisfy(name -> assertThat(jobs.enabled(name)).isFalse());
		});
	}

	@Test
	void schedulesAJobOnlyWhileItIsSwitchedOn() {
		ApplicationContextRunner scheduling = runner.withUserConfiguration(Scheduling.class).withBean(MailJob.class);
		scheduling.run(context -> assertThat(context.getBean(ScheduledAnnotationBeanPostProcessor.class).getScheduledTasks())
			.singleElement()
			.satisfies(task -> assertThat(task.toString()).contains("MailJob.run")));
		scheduling.withPropertyValues("mediationdesk.jobs.mail-outbox.enabled=false")
			.run(context -> assertThat(context.getBean(ScheduledAnnotationBeanPostProcessor.class).getScheduledTasks())
				.isEmpty());
	}

	@Test
	void refusesToStartWithAScheduledMethodWithoutItsLock() {
		runner.withUserConfiguration(Scheduling.class)
			.withBean(JobWithoutLock.class)
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("JobWithoutLock.run needs @SchedulerLock"));
	}
}
