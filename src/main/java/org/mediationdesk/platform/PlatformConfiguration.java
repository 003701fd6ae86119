package org.mediationdesk.platform;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import jakarta.servlet.http.HttpServletRequest;

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

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("mediationdesk-lang");
		// without the switch's cookie, the first of the interface's languages the browser asks for, else English
		resolver.setDefaultLocaleFunction(PlatformConfiguration::firstOffered);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	/** The languages of the interface, as the browser's {@code Accept-Language} may name them. */
	private static final List<String> OFFERED = List.of("en", "ru", "ka");

	/**
	 * The first language of the browser's {@code Accept-Language} (in its order of preference) that the interface
	 * offers; English when it names none, or sends no header.
	 */
	static Locale firstOffered(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") == null) {
			return Locale.ENGLISH;
		}
		for (Locale asked : Collections.list(request.getLocales())) {
			if (OFFERED.contains(asked.getLanguage())) {
				return Locale.forLanguageTag(asked.getLanguage());
			}
		}
		return Locale.ENGLISH;
	}

	/**
	 * The client's address and scheme from a trusted proxy's headers, before every other filter (the security
	 * filters record the address of a login).
	 */
	@Bean
	FilterRegistrationBean<ForwardedClientFilter> forwardedClientFilter(PlatformProperties properties) {
		FilterRegistrationBean<ForwardedClientFilter> registration = new FilterRegistrationBean<>(
				new ForwardedClientFilter(TrustedProxies.of(properties.security().trustedProxies())));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
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
