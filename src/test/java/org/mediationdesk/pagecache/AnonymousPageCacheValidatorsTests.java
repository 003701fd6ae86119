package org.mediationdesk.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page cache's validators, on a clock the test moves: a date answers 304 only for a page unchanged since the
 * client's copy, even when the page changed twice within one second; an entity tag, when sent, decides alone.
 */
class AnonymousPageCacheValidatorsTests {

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2031-03-01T12:00:00.200Z"));
	private final AtomicReference<String> content = new AtomicReference<>("<p>first</p>");

	private final Clock clock = new Clock() {
		@Override
		public ZoneId getZone() {
			return ZoneId.of("UTC");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now.get();
		}
	};

	private final AnonymousPageCache cache = new AnonymousPageCache(new AcceptHeaderLocaleResolver(), clock,
			new PageCacheProperties(true));

	/** The page as the application renders it now. */
	private final HttpServlet page = new HttpServlet() {
		@Override
		protected void doGet(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
			response.setContentType("text/html;charset=UTF-8");
			response.getOutputStream().write(content.get().getBytes(StandardCharsets.UTF_8));
		}
	};

	private MockHttpServletResponse get(String header, String value) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/rounds");
		if (header != null) {
			request.addHeader(header, value);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		cache.doFilter(request, response, new MockFilterChain(page));
		return response;
	}

	/** A change that the application makes: what it renders is new, and the cache is told. */
	private void change(String to, String at) {
		content.set(to);
		now.set(Instant.parse(at));
		cache.clear();
	}

	@Test
	void answersTheDateOfACopyOlderThanAChangeWithinTheSameSecondWithThePage() throws Exception {
		MockHttpServletResponse first = get(null, null);
		String date = first.getHeader(HttpHeaders.LAST_MODIFIED);
		assertThat(date).isNotNull();
		change("<p>second</p>", "2031-03-01T12:00:00.700Z");
		MockHttpServletResponse again = get(HttpHeaders.IF_MODIFIED_SINCE, date);
		assertThat(again.getStatus()).isEqualTo(200);
		assertThat(again.getContentAsString()).contains("second");
		// and from the kept copy too, later in the same second
		now.set(Instant.parse("2031-03-01T12:00:00.900Z"));
		assertThat(get(HttpHeaders.IF_MODIFIED_SINCE, date).getStatus()).isEqualTo(200);
	}

	@Test
	void answersTheDateOfACurrentCopyWith304OnceItsSecondIsOver() throws Exception {
		get(null, null);
		now.set(Instant.parse("2031-03-01T12:00:03Z"));
		MockHttpServletResponse kept = get(null, null);
		String date = kept.getHeader(HttpHeaders.LAST_MODIFIED);
		assertThat(date).isEqualTo("Sat, 01 Mar 2031 12:00:01 GMT");
		now.set(Instant.parse("2031-03-01T12:00:04Z"));
		assertThat(get(HttpHeaders.IF_MODIFIED_SINCE, date).getStatus()).isEqualTo(304);
		change("<p>second</p>", "2031-03-01T12:00:04.500Z");
		assertThat(get(HttpHeaders.IF_MODIFIED_SINCE, date).getStatus()).isEqualTo(200);
	}

	@Test
	void letsTheEntityTagDecideWhenBothAreSent() throws Exception {
		get(null, null);
		now.set(Instant.parse("2031-03-01T12:00:03Z"));
		MockHttpServletResponse kept = get(null, null);
		String etag = kept.getHeader(HttpHeaders.ETAG);
		change("<p>second</p>", "2031-03-01T12:00:03.100Z");
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/rounds");
		request.addHeader(HttpHeaders.IF_NONE_MATCH, etag);
		request.addHeader(HttpHeaders.IF_MODIFIED_SINCE, "Sat, 01 Mar 2031 12:10:00 GMT");
		MockHttpServletResponse response = new MockHttpServletResponse();
		cache.doFilter(request, response, new MockFilterChain(page));
		assertThat(response.getStatus()).isEqualTo(200);
		String current = get(null, null).getHeader(HttpHeaders.ETAG);
		assertThat(current).isNotEqualTo(etag);
		assertThat(get(HttpHeaders.IF_NONE_MATCH, current).getStatus()).isEqualTo(304);
		assertThat(get(null, null).getHeader(HttpHeaders.VARY)).contains("Accept-Language").contains("Cookie");
	}

	@Test
	void sendsAsLastModifiedNoSecondBeforeTheChangeOnceItIsOverAndNoneToCome() {
		Instant change = Instant.parse("2031-03-01T12:00:00.200Z");
		assertThat(AnonymousPageCache.lastModified(change, Instant.parse("2031-03-01T12:00:00.900Z")))
			.isEqualTo(Instant.parse("2031-03-01T12:00:00Z"));
		assertThat(AnonymousPageCache.lastModified(change, Instant.parse("2031-03-01T12:00:01Z")))
			.isEqualTo(Instant.parse("2031-03-01T12:00:01Z"));
		assertThat(AnonymousPageCache.lastModified(Instant.parse("2031-03-01T12:00:00Z"),
				Instant.parse("2031-03-01T12:00:00.100Z"))).isEqualTo(Instant.parse("2031-03-01T12:00:00Z"));
	}
}
