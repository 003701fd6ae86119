package org.mediationdesk.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The sender address of every e-mail: a default for evaluation, and a start refused with one that is not an address. */
class NotificationsPropertiesTests {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(NotificationsProperties.class)
	static class Settings {
	}

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class);

	@Test
	void sendsFromTheLocalAddressUnlessSetOtherwise() {
		runner.run(context -> assertThat(context.getBean(NotificationsProperties.class).from())
			.isEqualTo("mediation-desk@localhost"));
		runner.withPropertyValues("mediationdesk.mail.from=desk@example.org")
			.run(context -> assertThat(context.getBean(NotificationsProperties.class).from()).isEqualTo("desk@example.org"));
	}

	@Test
	void refusesToStartWithASenderThatIsNotAnAddress() {
		runner.withPropertyValues("mediationdesk.mail.from=").run(context -> assertThat(context).hasFailed());
		runner.withPropertyValues("mediationdesk.mail.from=the desk").run(context -> assertThat(context).hasFailed());
	}
}
