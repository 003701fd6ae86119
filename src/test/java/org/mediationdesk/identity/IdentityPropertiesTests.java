package org.mediationdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class IdentityPropertiesTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(IdentityConfiguration.class);

	@Test
	void asksForNoSecondFactorAndKeepsInvitationsThreeDaysByDefault() {
		context.run(started -> {
			IdentityProperties properties = started.getBean(IdentityProperties.class);
			assertThat(properties.security().requireSecondFactor()).isFalse();
			assertThat(properties.invitations().validFor()).isEqualTo(Duration.ofHours(72));
		});
	}

	@Test
	void readsTheSettingsUnderTheNamesOperatorsAlreadyUse() {
		context.withPropertyValues("mediationdesk.security.require-second-factor=true",
				"mediationdesk.invitations.valid-for=PT24H", "mediationdesk.security.strict-transport-security=true")
			.run(started -> {
				IdentityProperties properties = started.getBean(IdentityProperties.class);
				assertThat(properties.security().requireSecondFactor()).isTrue();
				assertThat(properties.invitations().validFor()).isEqualTo(Duration.ofHours(24));
			});
	}

	@Test
	void refusesToStartWithInvitationsValidForLessThanAnHour() {
		context.withPropertyValues("mediationdesk.invitations.valid-for=PT30M")
			.run(started -> assertThat(started).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(BindValidationException.class)
				.hasMessageContaining("invitations.validFor")
				.hasMessageContaining("1 hour"));
	}
}
