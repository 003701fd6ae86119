package org.mediationdesk.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What every module needs at run time and no module owns: the clock. It lives here so that each module
 * boots alone in a module test; tests that need another time replace this bean.
 */
@Configuration(proxyBeanMethods = false)
public class SharedConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}
}
