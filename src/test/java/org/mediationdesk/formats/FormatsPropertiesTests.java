package org.mediationdesk.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The solver's time limit: two seconds unless set, and a start refused with one a co-chair could not wait for. */
class FormatsPropertiesTests {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(FormatsProperties.class)
	static class Settings {
	}

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class);

	@Test
	void searchesForTwoSecondsUnlessSetOtherwise() {
		runner.run(context -> assertThat(context.getBean(FormatsProperties.class).timeLimit()).isEqualTo(Duration.ofSeconds(2)));
		runner.withPropertyValues("mediationdesk.formats.time-limit=500ms")
			.run(context -> assertThat(context.getBean(FormatsProperties.class).timeLimit()).isEqualTo(Duration.ofMillis(500)));
	}

	@Test
	void refusesToStartWithATimeLimitUnderATenthOfASecondOrOverAMinute() {
		runner.withPropertyValues("mediationdesk.formats.time-limit=10ms").run(context -> assertThat(context).hasFailed());
		runner.withPropertyValues("mediationdesk.formats.time-limit=2m").run(context -> assertThat(context).hasFailed());
	}
}
