package org.mediationdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full-stack test on a random port against this run's database (H2, or PostgreSQL in the second run).
 * Every integration test uses exactly this configuration, so that one application context serves them all. Its data
 * source counts the statements each thread sends ({@link StatementCounting}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TestDatabase.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "mediationdesk.demo-accounts=false", "mediationdesk.admin-password=admin-password-for-tests",
				"mediationdesk.jobs.audit-checkpoint.enabled=false", "mediationdesk.jobs.communique-publication.enabled=false",
				"mediationdesk.jobs.event-resubmission.enabled=false",
				"mediationdesk.jobs.hotline-escalation.enabled=false" })
@ContextConfiguration(initializers = TestDatabase.class)
@AutoConfigureMockMvc
@Import(StatementCounting.class)
public @interface IntegrationTest {
}
