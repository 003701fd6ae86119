package org.mediationdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mediationdesk.Fixtures;
import org.mediationdesk.IntegrationTest;
import org.mediationdesk.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the server itself answers, over a plain socket, so that nothing between the test and the server tidies the
 * request: the security headers are on every answer, also on requests that the firewall refuses before any page is
 * chosen and on error pages (a path that climbs above the root, {@code /%2e%2e/x}, the container itself refuses
 * bare, before any of the application runs); a body in a character set that does not exist is refused with 415; and no
 * {@code Location} ever carries what a request's {@code Host} header said, in evaluation mode too.
 */
@IntegrationTest
class EveryAnswerIntegrationTests {

	static final List<String> SECURITY_HEADERS = List.of("content-security-policy", "x-content-type-options",
			"x-frame-options", "referrer-policy", "permissions-policy");

	static final String FORGED = "forged-host.example";

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	/** A status, the headers (names in lower case; the values of a repeated one joined) and the body. */
	record Answer(int status, Map<String, String> headers, String body) {

		String header(String name) {
			return headers.get(name.toLowerCase(Locale.ROOT));
		}
	}

	private Answer send(String method, String target, Map<String, String> headers, String body) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(15_000);
			byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
			StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
			Map<String, String> all = new LinkedHashMap<>();
			all.put("Host", "localhost:" + port);
			all.putAll(headers);
			all.put("Connection", "close");
			if (body != null) {
				all.put("Content-Length", String.valueOf(content.length));
			}
			all.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
			request.append("\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(content);
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream read = new ByteArrayOutputStream();
			in.transferTo(read);
			String response = read.toString(StandardCharsets.UTF_8);
			int end = response.indexOf("\r\n\r\n");
			String[] lines = response.substring(0, end < 0 ? response.length() : end).split("\r\n");
			Map<String, String> answered = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				answered.merge(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip(),
						(a, b) -> a + ", " + b);
			}
			return new Answer(Integer.parseInt(lines[0].split(" ")[1]), answered, end < 0 ? "" : response.substring(end + 4));
		}
	}

	private static List<String> missingHeaders(Answer answer) {
		return SECURITY_HEADERS.stream().filter(name -> answer.header(name) == null).toList();
	}

	@Test
	void sendsTheSecurityHeadersOnWhatTheFirewallRefusesAndOnErrorPages() throws IOException {
		List<String> failures = new ArrayList<>();
		for (String target : List.of("//rounds", "/rounds/%2e%2e/admin/accounts", "/rounds;jsessionid=0A1B2C",
				"/api/v1/rounds%2F1", "/rounds/%252e%252e", "/api/v1/rounds;x=1", "/rounds/%5C..", "/api/v1/%2e%2e/rounds")) {
			Answer answer = send("GET", target, Map.of(), null);
			if (answer.status() != 400 || !missingHeaders(answer).isEmpty()) {
				failures.add(target + ": " + answer.status() + " without " + missingHeaders(answer));
			}
		}
		for (String target : List.of("/no-such-page", "/error", "/api/v1/no-such-call", "/")) {
			Answer answer = send("GET", target, Map.of(), null);
			if (answer.status() >= 500 || !missingHeaders(answer).isEmpty()) {
				failures.add(target + ": " + answer.status() + " without " + missingHeaders(answer));
			}
		}
		assertThat(failures).isEmpty();
		Answer refused = send("GET", "//rounds", Map.of(), null);
		assertThat(refused.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(refused.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(refused.header("Content-Security-Policy")).isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY);
		assertThat(send("GET", "/error", Map.of(), null).status()).isEqualTo(404);
	}

	@Test
	void refusesABodyOfAWildcardOrUnreadableTypeOrCharacterSetWith415() throws IOException {
		for (String type : List.of("application/json; charset=xx-!!", "application/x-www-form-urlencoded; charset=\"",
				"application/json; charset=no-such-charset", "application/*", "*/*", "application/*+json", "garbage")) {
			Answer answer = send("POST", "/api/v1/terminology/check", Map.of("Content-Type", type), "{\"text\":\"a\"}");
			assertThat(answer.status()).as(type).isEqualTo(415);
			assertThat(missingHeaders(answer)).as(type).isEmpty();
			assertThat(send("GET", "/rounds", Map.of("Content-Type", type), null).status()).as(type).isEqualTo(415);
		}
	}

	@Test
	void neverPutsTheHostHeaderIntoALocation() throws IOException {
		Map<String, String> forged = Map.of("Host", FORGED);
		List<String> locations = new ArrayList<>();
		// the login a page asks for
		Answer login = send("GET", "/profile/feeds", forged, null);
		assertThat(login.status()).isEqualTo(302);
		locations.add(login.header("Location"));
		// a refused login, then a login
		Answer form = send("GET", "/login", forged, null);
		String cookie = session(form);
		String token = csrf(form.body());
		Answer refused = send("POST", "/login", form(forged, cookie), "username=nobody&password=wrong&_csrf=" + token);
		assertThat(refused.status()).isEqualTo(302);
		locations.add(refused.header("Location"));
		form = send("GET", "/login", form(forged, session(refused, cookie)), null);
		cookie = session(form, session(refused, cookie));
		token = csrf(form.body());
		String username = fixtures.account(Role.SECRETARIAT, null, null);
		Answer loggedIn = send("POST", "/login", form(forged, cookie), "username=" + username + "&password="
				+ URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token);
		assertThat(loggedIn.status()).isEqualTo(302);
		locations.add(loggedIn.header("Location"));
		cookie = session(loggedIn, cookie);
		// a form posted, then the logout
		Answer page = send("GET", "/profile/feeds", form(forged, cookie), null);
		assertThat(page.status()).isEqualTo(200);
		Answer posted = send("POST", "/profile/feeds", form(forged, cookie), "_csrf=" + csrf(page.body()));
		assertThat(posted.status()).isEqualTo(302);
		locations.add(posted.header("Location"));
		page = send("GET", "/profile/feeds", form(forged, cookie), null);
		Answer loggedOut = send("POST", "/logout", form(forged, cookie), "_csrf=" + csrf(page.body()));
		assertThat(loggedOut.status()).isEqualTo(302);
		locations.add(loggedOut.header("Location"));
		assertThat(locations).hasSize(5).doesNotContainNull().allSatisfy(location -> {
			assertThat(location).doesNotContain(FORGED).startsWith("/");
		});
		assertThat(locations.get(0)).isEqualTo("/login");
	}

	private static Map<String, String> form(Map<String, String> headers, String cookie) {
		Map<String, String> all = new LinkedHashMap<>(headers);
		all.put("Content-Type", "application/x-www-form-urlencoded");
		if (cookie != null) {
			all.put("Cookie", cookie);
		}
		return all;
	}

	private static String session(Answer answer) {
		return session(answer, null);
	}

	/** The session cookie an answer sets, or the one before. */
	private static String session(Answer answer, String before) {
		String set = answer.header("Set-Cookie");
		if (set == null) {
			return before;
		}
		Matcher session = Pattern.compile("((?:SESSION|JSESSIONID)=[^;,]+)").matcher(set);
		return session.find() ? session.group(1) : before;
	}

	private static String csrf(String page) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).as("a form token on the page").isTrue();
		return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
	}
}
