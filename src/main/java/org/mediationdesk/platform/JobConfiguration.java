package org.mediationdesk.platform;

import java.lang.reflect.Method;

import javax.sql.DataSource;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;
import org.springframework.scheduling.config.TaskManagementConfigUtils;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The one convention of the periodic jobs (see "Jobs" in {@code docs/architecture.md}): each is a method with
 * {@code @Scheduled} (its interval from {@link Jobs}) and {@code @SchedulerLock(name = …)}, its name a key of
 * {@link PlatformProperties#JOBS}. The lock is ShedLock's, on the application's database (the table {@code shedlock})
 * with the database's clock, so that with several nodes one runs a job at a time and nodes whose clocks differ agree
 * on when a lock ends; a run that finds the lock taken does nothing. Only the jobs switched on are scheduled, and
 * none in a command run; a scheduled method of the application without its lock, or with a lock that is not a job's,
 * refuses the start.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class JobConfiguration {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

	/**
	 * Puts {@link SwitchedJobs} in the place of the processor of {@code @Scheduled} that {@code @EnableScheduling}
	 * registers (here, and in libraries that enable scheduling too): the same, for the jobs switched on only.
	 */
	@Bean
	static BeanDefinitionRegistryPostProcessor switchedJobs() {
		return new BeanDefinitionRegistryPostProcessor() {

			@Override
			public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
				String name = TaskManagementConfigUtils.SCHEDULED_ANNOTATION_PROCESSOR_BEAN_NAME;
				if (registry.containsBeanDefinition(name)) {
					registry.removeBeanDefinition(name);
				}
				RootBeanDefinition definition = new RootBeanDefinition(SwitchedJobs.class);
				definition.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
				registry.registerBeanDefinition(name, definition);
			}

			@Override
			public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) {
			}
		};
	}

	static final class SwitchedJobs extends ScheduledAnnotationBeanPostProcessor {

		private BeanFactory beans;

		@Override
		public void setBeanFactory(BeanFactory beanFactory) {
			super.setBeanFactory(beanFactory);
			this.beans = beanFactory;
		}

		@Override
		protected void processScheduled(Scheduled scheduled, Method method, Object bean) {
			if (!method.getDeclaringClass().getName().startsWith("org.mediationdesk.")) {
				super.processScheduled(scheduled, method, bean);
				return;
			}
			SchedulerLock lock = AnnotatedElementUtils.findMergedAnnotation(method, SchedulerLock.class);
			Jobs switches = beans.getBean(Jobs.class);
			if (lock == null || !switches.known(lock.name())) {
				throw new IllegalStateException("The scheduled method " + method.getDeclaringClass().getSimpleName() + "."
						+ method.getName() + " needs @SchedulerLock(name = …) with a job's name from"
						+ " PlatformProperties.JOBS (see Jobs in docs/architecture.md)");
			}
			if (switches.enabled(lock.name())) {
				super.processScheduled(scheduled, method, bean);
			}
		}
	}
}
