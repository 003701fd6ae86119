package org.mediationdesk.platform;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Web configuration: the messages (ICU formats), the language switch ({@code ?lang=ru}), remembered in a cookie;
 * without it, the browser's {@code Accept-Language} chooses among English, Russian and Georgian. The modules' periodic
 * jobs are scheduled by {@link JobConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlatformProperties.class)
class PlatformConfiguration implements WebMvcConfigurer {

	/** The messages, formatted with ICU: plural and gender forms in every language. */
	@Bean
	MessageSource messageSource() {
		return new IcuMessageSource();
	}

	/** The interface's language: the switch's cookie if it names one, else the browser's, else English. */
	@Bean
	LocaleResolver localeResolver() {
		return new InterfaceLanguages();
	}

	/**
	 * An encoded slash or backslash in a path ({@code %2F}, {@code %5C}) goes on to the security firewall, which
	 * refuses it (400) with the security headers of every answer; the container would refuse it bare, before the
	 * application sees it.
	 */
	@Bean
	TomcatConnectorCustomizer encodedSlashesToTheFirewall() {
		return connector -> {
			connector.setEncodedSolidusHandling("passthrough");
			connector.setEncodedReverseSolidusHandling("passthrough");
		};
	}

	/**
	 * The client's address and scheme from a trusted proxy's headers, right after the front door ({@link FrontDoor})
	 * and before every other filter (the security filters record the address of a login).
	 */
	@Bean
	FilterRegistrationBean<ForwardedClientFilter> forwardedClientFilter(PlatformProperties properties) {
		FilterRegistrationBean<ForwardedClientFilter> registration = new FilterRegistrationBean<>(
				new ForwardedClientFilter(TrustedProxies.of(properties.security().trustedProxies())));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		// not on error pages: the request may be one whose parameters cannot be read (an oversized upload)
		registry.addInterceptor(interceptor).excludePathPatterns("/error");
	}
}
