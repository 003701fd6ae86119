package org.mediationdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mediationdesk.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The style sheets and scripts: pages link to them by names that carry their content's hash; those answer with the
 * file itself, kept a year by browsers and never revalidated, without a session or a cookie, and with the security
 * headers every answer has; the plain names still answer, kept an hour, with a validator that gives 304.
 */
@IntegrationTest
class StaticAssetsIntegrationTests {

	private static final Pattern LINKED = Pattern.compile("(?:href|src)=\"(/(?:assets|webjars)/[^\"]+)\"");

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private List<String> linkedFromHomePage() throws Exception {
		String page = new String(get("/").body());
		List<String> linked = new ArrayList<>();
		Matcher matcher = LINKED.matcher(page);
		while (matcher.find()) {
			linked.add(matcher.group(1));
		}
		return linked;
	}

	@Test
	void pagesLinkToHashedNamesThatBrowsersKeep() throws Exception {
		List<String> linked = linkedFromHomePage();
		assertThat(linked).as("the layout's style sheets and scripts").hasSize(6)
			.allMatch(path -> path.matches(".*-[0-9a-f]{12}\\.(css|js)"));
		for (String path : linked) {
			HttpResponse<byte[]> answer = get(path);
			assertThat(answer.statusCode()).as(path).isEqualTo(200);
			assertThat(answer.headers().firstValue("Cache-Control")).as(path).contains(StaticAssets.HASHED);
			assertThat(answer.headers().firstValue("Set-Cookie")).as(path).isEmpty();
			assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
			assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).as(path)
				.startsWith(path.endsWith(".css") ? "text/css" : "text/javascript");
		}
	}

	@Test
	void theHashedNameAnswersWithTheFileItself() throws Exception {
		String path = linkedFromHomePage().stream().filter(linked -> linked.startsWith("/assets/css/app-")).findFirst()
			.orElseThrow();
		byte[] file;
		try (InputStream in = getClass().getResourceAsStream("/static/css/app.css")) {
			file = in.readAllBytes();
		}
		assertThat(get(path).body()).isEqualTo(file);
		assertThat(get("/assets/css/app.css").body()).isEqualTo(file);
	}

	@Test
	void thePlainNameIsKeptAnHourAndRevalidated() throws Exception {
		HttpResponse<byte[]> plain = get("/assets/js/app.js");
		assertThat(plain.statusCode()).isEqualTo(200);
		assertThat(plain.headers().firstValue("Cache-Control")).contains(StaticAssets.PLAIN);
		String etag = plain.headers().firstValue("ETag").orElseThrow();
		HttpResponse<byte[]> again = get("/assets/js/app.js", "If-None-Match", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(get("/assets/js/app.js", "If-None-Match", "\"something-else\"").statusCode()).isEqualTo(200);
	}

	@Test
	void aNameThatIsNoFileIsNotFound() throws Exception {
		assertThat(get("/assets/css/app-000000000000.css").statusCode()).isEqualTo(404);
		assertThat(get("/assets/css/missing.css").statusCode()).isEqualTo(404);
	}

	@Test
	void onlyReadingIsServed() throws IOException, InterruptedException {
		HttpRequest post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/assets/css/app.css"))
			.POST(HttpRequest.BodyPublishers.ofString("x")).build();
		assertThat(client.send(post, HttpResponse.BodyHandlers.ofString()).statusCode()).isNotEqualTo(200);
	}
}
