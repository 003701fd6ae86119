package org.mediationdesk.pagecache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * A validator for the pages a logged-in reader opens: each HTML page rendered for a session carries an {@code ETag}
 * made from what it reads and from the session, and a browser that sends it back for a page that reads the same gets
 * 304 instead of the page again. The form tokens in a page are masked afresh at every rendering, so they do not count
 * (the token the browser kept stays valid for the session); the session does, so that nobody else's page, and no page
 * of a session since ended, ever matches. Such pages may be kept by the browser only ({@code private}) and only to be
 * asked again ({@code no-cache}). Downloads, exports, feeds and streams are not pages and pass untouched.
 */
@Component
class ReaderPageValidators extends OncePerRequestFilter {

	static final String PRIVATE = "private, no-cache";

	/** A form's masked token, different at every rendering of the same page. */
	private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"[^\"]*\"");

	/** What is not a page: the API, files, exports, feeds, streams. */
	private static final Pattern NOT_A_PAGE = Pattern.compile(
			"^/(api|v3|actuator|assets|webjars|feeds|calendar|swagger-ui)(/.*)?$|.*/(stream|export|files/.*)$"
					+ "|.*\\.(csv|json|pdf|ics|atom|xml|docx|zip|txt)$");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || request.getSession(false) == null
				|| NOT_A_PAGE.matcher(request.getRequestURI()).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendered);
		HttpSession session = request.getSession(false);
		String type = rendered.getContentType();
		if (rendered.getStatus() != HttpServletResponse.SC_OK || type == null || !type.startsWith("text/html")
				|| session == null || request.isAsyncStarted()) {
			rendered.copyBodyToResponse();
			return;
		}
		String etag = "W/\"" + hash(session.getId(), rendered.getContentAsByteArray()) + "\"";
		rendered.setHeader(HttpHeaders.ETAG, etag);
		rendered.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
		String match = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (match != null && matches(match, etag)) {
			rendered.resetBuffer();
			rendered.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			rendered.setContentLength(0);
		}
		rendered.copyBodyToResponse();
	}

	private static boolean matches(String header, String etag) {
		String bare = etag.substring(2);
		for (String candidate : header.split(",")) {
			String tag = candidate.strip();
			if (tag.equals(etag) || tag.equals(bare)) {
				return true;
			}
		}
		return false;
	}

	private static String hash(String session, byte[] page) {
		String readable = FORM_TOKEN.matcher(new String(page, StandardCharsets.UTF_8)).replaceAll("name=\"_csrf\"");
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(session.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			return HexFormat.of().formatHex(digest.digest(readable.getBytes(StandardCharsets.UTF_8)), 0, 16);
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
