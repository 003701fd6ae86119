package org.mediationdesk.platform;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		// not on error pages: the request may be one whose parameters cannot be read (an oversized upload)
		registry.addInterceptor(interceptor).excludePathPatterns("/error");
	}
}
