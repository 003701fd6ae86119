package org.mediationdesk.platform;

import java.util.Locale;

import org.mediationdesk.shared.MessagePatterns;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

/**
 * The application's messages: the bundles {@code messages*.properties} (UTF-8) as Spring reads them, formatted with
 * ICU ({@link MessagePatterns}) so that plural and gender forms can be written in the bundle of each language. A
 * message without arguments is shown as written, as Spring does.
 */
class IcuMessageSource extends ResourceBundleMessageSource {

	IcuMessageSource() {
		setBasename("messages");
		setDefaultEncoding("UTF-8");
		setFallbackToSystemLocale(false);
		setUseCodeAsDefaultMessage(false);
	}

	@Override
	protected String getMessageInternal(String code, Object[] args, Locale locale) {
		if (code == null) {
			return null;
		}
		Locale language = locale == null ? Locale.getDefault() : locale;
		String pattern = resolveCodeWithoutArguments(code, language);
		if (pattern == null) {
			return null;
		}
		if (ObjectUtils.isEmpty(args)) {
			return pattern;
		}
		return MessagePatterns.format(pattern, language, resolveArguments(args, language));
	}

	@Override
	protected String formatMessage(String message, Object[] args, Locale locale) {
		if (message == null || ObjectUtils.isEmpty(args)) {
			return message;
		}
		return MessagePatterns.format(message, locale == null ? Locale.getDefault() : locale, resolveArguments(args,
				locale == null ? Locale.getDefault() : locale));
	}
}
