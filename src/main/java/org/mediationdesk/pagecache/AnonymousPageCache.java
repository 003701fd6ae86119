package org.mediationdesk.pagecache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.mediationdesk.identity.Viewers;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the public pages to anonymous visitors from memory, with HTTP validators, and keeps what it rendered for
 * them. It runs after the security filters (so it knows who asks, and the security headers are still written) and
 * before the pages' controllers. {@link AnonymousPageCacheListener} drops what it keeps after a change.
 */
@Component
@EnableConfigurationProperties(PageCacheProperties.class)
class AnonymousPageCache extends OncePerRequestFilter {

	/** What a shared cache may do with a public page. */
	static final String PUBLIC = "public, max-age=60";

	/** The pages kept, by default: the home page, the timeline, a round's page and its communiqué, the communiqués. */
	static final List<String> DEFAULT_PAGES = List.of("/", "/rounds", "/rounds/{number:\\d+}",
			"/rounds/{number:\\d+}/communique", "/communiques", "/communiques/**");

	/** At most this many pages are kept (addresses with a query string count apart), each at most this long. */
	static final int MAX_PAGES = 2000;
	static final int MAX_BYTES = 2 * 1024 * 1024;

	/** How long a page is kept at most, for what changes with the date rather than with an event. */
	static final Duration LIFETIME = Duration.ofSeconds(60);

	record Page(byte[] body, String contentType, String language, String etag, Instant lastModified, Instant storedAt) {
	}

	private final List<PathPattern> pages;
	private final LocaleResolver locales;
	private final Clock clock;
	private final Map<String, Page> cache = new ConcurrentHashMap<>();
	private final AtomicLong generation = new AtomicLong();

	AnonymousPageCache(LocaleResolver locales, Clock clock, PageCacheProperties properties) {
		this.locales = locales;
		this.clock = clock;
		PathPatternParser parser = new PathPatternParser();
		this.pages = properties.enabled() ? DEFAULT_PAGES.stream().map(parser::parse).toList() : List.of();
	}

	/** Drops every kept page; a page being rendered meanwhile is not kept. */
	void clear() {
		generation.incrementAndGet();
		cache.clear();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || pages.isEmpty()) {
			return true;
		}
		var path = ServletRequestPathUtils.parseAndCache(request).pathWithinApplication();
		return pages.stream().noneMatch(pattern -> pattern.matches(path));
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return true;
	}

	/**
	 * Whether the request is an anonymous visitor's plain reading of the page: no session (and so no flash message,
	 * no form token), no credentials, no language change (which answers with a cookie), no fragment request.
	 */
	private static boolean anonymous(HttpServletRequest request) {
		return request.getSession(false) == null && request.getHeader(HttpHeaders.AUTHORIZATION) == null
				&& request.getParameter("lang") == null && request.getHeader("HX-Request") == null
				&& Viewers.current().isAnonymous();
	}

	private String key(HttpServletRequest request) {
		Locale locale = locales.resolveLocale(request);
		String query = request.getQueryString();
		return request.getRequestURI() + (query == null ? "" : "?" + query) + "|" + locale.toLanguageTag();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!anonymous(request)) {
			chain.doFilter(request, response);
			return;
		}
		String key = key(request);
		Page kept = cache.get(key);
		Instant now = clock.instant();
		if (kept != null && kept.storedAt().plus(LIFETIME).isAfter(now)) {
			answer(request, response, kept);
			return;
		}
		long before = generation.get();
		ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendered);
		Page page = keepable(request, rendered) ? page(rendered, kept, now) : null;
		if (page != null) {
			if (generation.get() == before && (cache.size() < MAX_PAGES || cache.containsKey(key))) {
				cache.put(key, page);
			}
			if (generation.get() == before) {
				validators(rendered, page);
			}
		}
		rendered.copyBodyToResponse();
	}

	/**
	 * Whether a rendered answer is the same for every anonymous visitor: a 200 HTML page, no cookie set, no
	 * session opened while rendering it, no form token in it, and still nobody logged in.
	 */
	private static boolean keepable(HttpServletRequest request, ContentCachingResponseWrapper rendered) {
		String type = rendered.getContentType();
		return rendered.getStatus() == HttpServletResponse.SC_OK && type != null && type.startsWith("text/html")
				&& rendered.getHeaders(HttpHeaders.SET_COOKIE).isEmpty() && request.getSession(false) == null
				&& rendered.getContentSize() <= MAX_BYTES && Viewers.current().isAnonymous()
				&& !new String(rendered.getContentAsByteArray(), StandardCharsets.UTF_8).contains("name=\"_csrf\"");
	}

	private static Page page(ContentCachingResponseWrapper rendered, Page previous, Instant now) {
		byte[] body = rendered.getContentAsByteArray();
		String etag = "\"" + hash(body) + "\"";
		// the page is unchanged since it was last kept if it reads the same; the moment is kept exact, to the
		// millisecond, since a page may change twice within a second
		Instant modified = previous != null && previous.etag().equals(etag) ? previous.lastModified() : now;
		return new Page(body, rendered.getContentType(), rendered.getHeader(HttpHeaders.CONTENT_LANGUAGE), etag, modified, now);
	}

	private void validators(HttpServletResponse response, Page page) {
		response.setHeader(HttpHeaders.ETAG, page.etag());
		response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified(page.lastModified(), clock.instant()).toEpochMilli());
		response.setHeader(HttpHeaders.CACHE_CONTROL, PUBLIC);
		// the language comes from the browser's Accept-Language or from the language switch's cookie
		response.setHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
	}

	/**
	 * The {@code Last-Modified} sent for a page changed at a moment: HTTP dates count whole seconds, so it is the
	 * first whole second at or after the change once that second has come (the page read then as it reads now), and
	 * the second of the change before (a client that sends it back gets the page again, see {@link #notModified}).
	 */
	static Instant lastModified(Instant modified, Instant now) {
		Instant truncated = modified.truncatedTo(ChronoUnit.SECONDS);
		Instant next = truncated.equals(modified) ? modified : truncated.plusSeconds(1);
		return next.isAfter(now) ? truncated : next;
	}

	/** Answers from a kept page: 304 if the client's copy is current, the page otherwise. */
	private void answer(HttpServletRequest request, HttpServletResponse response, Page page) throws IOException {
		validators(response, page);
		if (notModified(request, page)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(page.contentType());
		if (page.language() != null) {
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.language());
		}
		response.setContentLength(page.body().length);
		response.getOutputStream().write(page.body());
	}

	private static boolean notModified(HttpServletRequest request, Page page) {
		String match = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (match != null) {
			for (String tag : match.split(",")) {
				String candidate = tag.strip();
				if (candidate.startsWith("W/")) {
					candidate = candidate.substring(2);
				}
				if (candidate.equals("*") || candidate.equals(page.etag())) {
					return true;
				}
			}
			return false;
		}
		// without an entity tag, the date: only if the page was last changed at or before it, to the millisecond.
		// A client sends back a date the page's Last-Modified gave, which is never earlier than the change it
		// showed; a page changed again within that same second, after the client's copy, is later than the date
		try {
			long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
			return since >= 0 && page.lastModified().toEpochMilli() <= since;
		}
		catch (IllegalArgumentException malformed) {
			return false;
		}
	}

	private static String hash(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", e);
		}
	}
}
