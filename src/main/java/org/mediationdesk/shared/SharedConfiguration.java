package org.mediationdesk.shared;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What every module needs at run time and no module owns: the clock, and the settings of {@link SharedProperties}. It lives here so that each module
 * boots alone in a module test; tests that need another time replace this bean.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SharedProperties.class)
public class SharedConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}
}
