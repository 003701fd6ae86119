package org.mediationdesk.platform;

import java.util.function.Supplier;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Spring Security's masked CSRF token, read so that a tampered token is refused as any invalid one (403): a
 * token whose tail was altered can unmask into bytes that are not UTF-8, and the stock handler then throws
 * (a server error) instead of answering that the token does not match.
 */
final class TamperProofCsrfHandler implements CsrfTokenRequestHandler {

	private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
		masked.handle(request, response, token);
	}

	@Override
	public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
		try {
			return masked.resolveCsrfTokenValue(request, token);
		}
		catch (IllegalArgumentException unreadable) {
			return null; // no token that matches: the filter refuses the request with 403
		}
	}
}
