package org.mediationdesk.platform;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The language of the interface: the one the language switch remembered in its cookie, if it is one of the
 * interface's languages; otherwise the first of them that the browser's {@code Accept-Language} asks for; otherwise
 * English. The cookie is the browser's to send, and so anyone's to garble: a value that does not read as a language
 * ({@code xx-!!}, {@code %00}, four thousand letters) or names a language the interface does not have ({@code zz}) is
 * passed over as if it were not there, never a failure of the request.
 */
class InterfaceLanguages extends CookieLocaleResolver {

	static final String COOKIE = "mediationdesk-lang";

	/** The languages of the interface. */
	static final List<String> OFFERED = List.of("en", "ru", "ka");

	InterfaceLanguages() {
		super(COOKIE);
		// a cookie that cannot be read is passed over (the browser's languages decide), not a failed request
		setRejectInvalidCookies(false);
		setDefaultLocaleFunction(InterfaceLanguages::firstOffered);
		setCookieMaxAge(Duration.ofDays(365));
	}

	/** The interface's language for a locale, or null if it is none of them. */
	static Locale offered(Locale locale) {
		if (locale == null) {
			return null;
		}
		String language = locale.getLanguage();
		return OFFERED.contains(language) ? Locale.forLanguageTag(language) : null;
	}

	/**
	 * The first language of the browser's {@code Accept-Language} (in its order of preference) that the interface
	 * offers; English when it names none, or sends no header.
	 */
	static Locale firstOffered(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") == null) {
			return Locale.ENGLISH;
		}
		try {
			for (Locale asked : Collections.list(request.getLocales())) {
				Locale offered = offered(asked);
				if (offered != null) {
					return offered;
				}
			}
		}
		catch (RuntimeException unreadable) {
			// a header the container cannot read names no language
		}
		return Locale.ENGLISH;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Locale remembered = offered(super.resolveLocale(request));
		return remembered != null ? remembered : firstOffered(request);
	}

	@Override
	public LocaleContext resolveLocaleContext(HttpServletRequest request) {
		LocaleContext resolved = super.resolveLocaleContext(request);
		return new TimeZoneAwareLocaleContext() {

			@Override
			public Locale getLocale() {
				Locale remembered = offered(resolved.getLocale());
				return remembered != null ? remembered : firstOffered(request);
			}

			@Override
			public TimeZone getTimeZone() {
				return resolved instanceof TimeZoneAwareLocaleContext zoned ? zoned.getTimeZone() : null;
			}
		};
	}

	/** The switch ({@code ?lang=}) remembers only a language the interface has; another one changes nothing. */
	@Override
	public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
		if (context == null || context.getLocale() == null) {
			super.setLocaleContext(request, response, context);
			return;
		}
		Locale offered = offered(context.getLocale());
		if (offered != null) {
			super.setLocaleContext(request, response, new SimpleLocaleContext(offered));
		}
	}
}
