package org.mediationdesk.platform;

import java.io.IOException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What every request meets first. The security headers of every answer, written before anything else runs: also on the answers that no filter
 * chain of {@link SecurityConfiguration} writes, because the firewall refused the request before any chain was
 * chosen (a {@code //}, an encoded dot or slash, a {@code ;jsessionid} in the path), and on the error pages that
 * follow them. The chains' own header writers then find each header present and leave it as it is, so that every
 * answer carries the same set. The error page's own address is not a page: asked for directly, it is not there
 * (404). A request that declares a type of body that is no type, a wildcard, or in a character set that does not
 * exist ({@code charset=xx-!!}) is refused with 415 before anything tries to read or decode it.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class FrontDoor extends OncePerRequestFilter {

	private final boolean strictTransport;

	FrontDoor(PlatformProperties properties) {
		this.strictTransport = properties.security().strictTransportSecurity();
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		header(response, "X-Content-Type-Options", "nosniff");
		header(response, "X-Frame-Options", "DENY");
		header(response, "Referrer-Policy", "same-origin");
		header(response, "Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
		header(response, "Permissions-Policy", SecurityConfiguration.PERMISSIONS_POLICY);
		if (strictTransport) {
			header(response, "Strict-Transport-Security",
					"max-age=" + SecurityConfiguration.STRICT_TRANSPORT_SECONDS + " ; includeSubDomains");
		}
		if (request.getDispatcherType() == DispatcherType.REQUEST && errorPage(request)) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		if (request.getDispatcherType() == DispatcherType.REQUEST && !concrete(request.getContentType())) {
			response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Whether a request's declared type of body is one a reader could act on: none, or a type that reads as one, is
	 * no wildcard ({@code application/*}, {@code *}{@code /*}, {@code application/*+json}) and names no character
	 * set that does not exist ({@code charset=xx-!!}).
	 */
	static boolean concrete(String contentType) {
		if (contentType == null || contentType.isBlank()) {
			return true;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return !type.isWildcardType() && !type.isWildcardSubtype();
		}
		catch (InvalidMediaTypeException unreadable) {
			return false;
		}
	}

	private static void header(HttpServletResponse response, String name, String value) {
		if (!response.containsHeader(name)) {
			response.setHeader(name, value);
		}
	}

	/** Whether a request asks for the error page's own address, which only the container's error dispatch uses. */
	private static boolean errorPage(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/error") || path.startsWith("/error/") || path.startsWith("/error;");
	}
}
