package org.mediationdesk.platform;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Web configuration: the messages (ICU formats), the language switch ({@code ?lang=ru}), remembered in a cookie. Scheduling is on for the
 * modules' periodic jobs (the audit log's checkpoints).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PlatformConfiguration implements WebMvcConfigurer {

	/** The messages, formatted with ICU: plural and gender forms in every language. */
	@Bean
	MessageSource messageSource() {
		return new IcuMessageSource();
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("mediationdesk-lang");
		resolver.setDefaultLocale(Locale.ENGLISH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
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
