package org.mediationdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.http.Cookie;

/**
 * The interface's language: a language cookie that cannot be read, or names a language the interface does not have,
 * is passed over for the browser's languages, then English; the switch remembers only a language the interface has.
 */
class InterfaceLanguagesTests {

	private final InterfaceLanguages languages = new InterfaceLanguages();

	private static MockHttpServletRequest request(String cookie, String acceptLanguage) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		if (cookie != null) {
			request.setCookies(new Cookie(InterfaceLanguages.COOKIE, cookie));
		}
		if (acceptLanguage != null) {
			request.addHeader("Accept-Language", acceptLanguage);
		}
		return request;
	}

	@Test
	void passesOverACookieThatIsNoLanguageOfTheInterfaceForTheBrowsersLanguage() {
		for (String cookie : new String[] { "xx-!!", "%00", "zz", "k".repeat(4000), "", "xx_YY_#Latn", "de" }) {
			assertThat(languages.resolveLocale(request(cookie, "ka-GE,ka;q=0.9,en;q=0.5"))).as(cookie)
				.isEqualTo(Locale.forLanguageTag("ka"));
			assertThat(languages.resolveLocaleContext(request(cookie, "ru")).getLocale()).as(cookie)
				.isEqualTo(Locale.forLanguageTag("ru"));
			assertThat(languages.resolveLocale(request(cookie, null))).as(cookie).isEqualTo(Locale.ENGLISH);
			assertThat(languages.resolveLocale(request(cookie, "de-CH, fr;q=0.8"))).as(cookie).isEqualTo(Locale.ENGLISH);
		}
	}

	@Test
	void keepsTheLanguageTheSwitchRemembered() {
		assertThat(languages.resolveLocale(request("ru", "ka"))).isEqualTo(Locale.forLanguageTag("ru"));
		assertThat(languages.resolveLocale(request("ka", null))).isEqualTo(Locale.forLanguageTag("ka"));
		assertThat(languages.resolveLocale(request("en", "ru"))).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void remembersOnlyALanguageOfTheInterface() {
		MockHttpServletResponse unknown = new MockHttpServletResponse();
		languages.setLocale(request(null, null), unknown, Locale.forLanguageTag("zz"));
		assertThat(unknown.getCookie(InterfaceLanguages.COOKIE)).isNull();
		MockHttpServletResponse russian = new MockHttpServletResponse();
		languages.setLocale(request(null, null), russian, Locale.forLanguageTag("ru-RU"));
		assertThat(russian.getCookie(InterfaceLanguages.COOKIE)).isNotNull();
		assertThat(russian.getCookie(InterfaceLanguages.COOKIE).getValue()).isEqualTo("ru");
	}
}
