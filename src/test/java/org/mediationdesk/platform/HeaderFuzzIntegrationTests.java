package org.mediationdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.Institution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.method.HandlerMethod;

import jakarta.servlet.http.Cookie;

/**
 * What a client says about its request (its {@code Content-Type}, its {@code Accept}) and the cookies it sends are
 * its own to get wrong, never a server error. Every endpoint the application maps, with every method it maps, is
 * sent garbled, wildcard and unknown media types, garbled accepted types, and garbage in every cookie the
 * application reads (the language, the last visit, the session) next to cookies it does not know; its path variables
 * plausible or not; anonymously and as a co-chair, a participant and an administrator. No answer may be a 5xx, and
 * no exception may escape.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeaderFuzzIntegrationTests {

	/**
	 * Media types of a body. One whose character set does not exist ({@code charset=xx-!!}) is not among them: the
	 * test's own mock request cannot carry it, so {@link EveryAnswerIntegrationTests} sends it to the server.
	 */
	static final List<String> CONTENT_TYPES = List.of("application/*", "*/*", "garbage", "text/*", "/",
			"multipart/form-data", "application/vnd.unknown+json", "text/plain", "application/json;;;=", "image/png",
			"multipart/form-data; boundary=", "application/json; q=\"", "application/*+json", "*/json");

	static final List<String> ACCEPTS = List.of("application/*", "garbage", "*/*;q=x", "text/html;q=2, application/json;q=-1",
			"image/png", "application/problem+json", ",,,", "text/event-stream", "application/json; charset=\"", "*/html",
			"text/calendar", "application/atom+xml");

	/** Garbage for each cookie the application reads, and cookies it does not know. */
	static final List<Map<String, String>> COOKIES = List.of(Map.of("mediationdesk-lang", "xx-!!"),
			Map.of("mediationdesk-lang", "%00"), Map.of("mediationdesk-lang", "zz"),
			Map.of("mediationdesk-lang", "k".repeat(4000)), Map.of("mediationdesk-lang", "en_US_POSIX_#Latn"),
			Map.of("mediationdesk-lang", ""), Map.of("mediationdesk-home-visit", "-99999999999999999999"),
			Map.of("mediationdesk-home-visit", "9223372036854775807"), Map.of("mediationdesk-home-visit", "yesterday"),
			Map.of("SESSION", "garbage!%"), Map.of("SESSION", "ZmFrZS1zZXNzaW9u"), Map.of("JSESSIONID", "x".repeat(2000)),
			Map.of("XSRF-TOKEN", "junk", "remember-me", "junk"), Map.of("junk", "%ZZ", "another", "\"quoted\""));

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	private final List<Viewer> viewers = new ArrayList<>();

	@BeforeAll
	void setUp() {
		viewers.add(null);
		viewers.add(fixtures.viewer(Role.CO_CHAIR, Institution.UN, null));
		viewers.add(fixtures.viewer(Role.PARTICIPANT, null, "GE"));
		viewers.add(fixtures.viewer(Role.ADMIN, null, null));
	}

	@Test
	void answersGarbledMediaTypesAndCookiesOnEveryEndpointWithoutAServerError() throws Exception {
		Map<String, HandlerMethod> endpoints = AccessMatrixIntegrationTests.handlers(context);
		List<String> failures = new ArrayList<>();
		int requests = 0;
		int n = 0;
		for (String endpoint : endpoints.keySet()) {
			String method = endpoint.substring(0, endpoint.indexOf(' '));
			String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
			// each endpoint gets every kind of garbage, the values taken in turn so that each meets many endpoints
			for (int kind = 0; kind < 4; kind++, n++) {
				MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method),
						URI.create(path(pattern, n % 2 == 1)));
				if (kind == 0 || kind == 3) {
					request.header("Content-Type", CONTENT_TYPES.get(n % CONTENT_TYPES.size()));
					request.content("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
				}
				if (kind == 1 || kind == 3) {
					request.header("Accept", ACCEPTS.get(n % ACCEPTS.size()));
				}
				if (kind == 2 || kind == 3) {
					COOKIES.get(n % COOKIES.size()).forEach((name, value) -> request.cookie(new Cookie(name, value)));
					request.cookie(new Cookie("mediationdesk-lang", n % 3 == 0 ? "zz" : "xx-!!"));
				}
				Viewer viewer = viewers.get(n % viewers.size());
				if (viewer != null) {
					request.with(authentication(Fixtures.authentication(viewer)));
				}
				if (!method.equals("GET")) {
					request.with(csrf());
				}
				requests++;
				try {
					int status = mvc.perform(request).andReturn().getResponse().getStatus();
					if (status >= 500) {
						failures.add(endpoint + " (" + n + "): " + status);
					}
				}
				catch (Exception escaped) {
					failures.add(endpoint + " (" + n + "): " + escaped);
				}
			}
		}
		System.out.println("Header fuzz: " + requests + " requests to " + endpoints.size() + " endpoints, "
				+ failures.size() + " answers >= 500");
		assertThat(endpoints).hasSizeGreaterThan(100);
		assertThat(failures).isEmpty();
	}

	/** A language cookie that is no language of the interface: the page in the browser's language, or English. */
	@Test
	void answersAPageWithABadLanguageCookieInTheBrowsersLanguage() throws Exception {
		for (String cookie : List.of("xx-!!", "%00", "zz", "k".repeat(4000))) {
			var russian = mvc.perform(MockMvcRequestBuilders.get("/rounds")
				.cookie(new Cookie("mediationdesk-lang", cookie))
				.header("Accept-Language", "ru")).andReturn().getResponse();
			assertThat(russian.getStatus()).as(cookie).isEqualTo(200);
			assertThat(russian.getContentAsString()).as(cookie).contains("<html lang=\"ru\"");
			var english = mvc.perform(MockMvcRequestBuilders.get("/rounds").cookie(new Cookie("mediationdesk-lang", cookie)))
				.andReturn()
				.getResponse();
			assertThat(english.getStatus()).as(cookie).isEqualTo(200);
			assertThat(english.getContentAsString()).as(cookie).contains("<html lang=\"en\"");
		}
	}

	/** The path with its variables filled: plausibly (by their names), or not. */
	private static String path(String pattern, boolean implausible) {
		String path = pattern.replace("/**", implausible ? "/%2e%2e/x" : "/liveness");
		StringBuilder filled = new StringBuilder();
		int at = 0;
		while (true) {
			int open = path.indexOf('{', at);
			if (open < 0) {
				break;
			}
			int close = path.indexOf('}', open);
			String name = path.substring(open + 1, close).split(":")[0];
			filled.append(path, at, open).append(implausible ? implausible(name) : plausible(name));
			at = close + 1;
		}
		return filled.append(path.substring(at)).toString();
	}

	private static String plausible(String name) {
		return switch (name) {
			case "number", "revision" -> "1";
			case "language" -> "EN";
			case "eId" -> "para_1";
			case "id", "wording" -> UUID.randomUUID().toString();
			default -> "robust";
		};
	}

	private static String implausible(String name) {
		return switch (name) {
			case "number", "revision" -> "-99999999999999999999";
			case "language" -> "%00";
			case "id" -> "%F0%9F%98%80";
			default -> "a".repeat(300);
		};
	}
}
