package org.mediationdesk.platform;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.mediationdesk.identity.ApiTokens;
import org.mediationdesk.identity.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <token>}. A token that is unknown,
 * revoked, or whose account is disabled gets 401 at once; a request without a token goes on as anonymous
 * and is refused by the API's entry point. Built by the security configuration, so that it runs only in
 * the API's filter chain.
 */
class ApiTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;
	private final ApiProblems problems;

	ApiTokenFilter(ApiTokens tokens, ApiProblems problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		Optional<ApiTokens.Bearer> bearer = tokens.bearer(header.substring(BEARER.length()).strip());
		if (bearer.isEmpty()) {
			problems.write(request, response, HttpStatus.UNAUTHORIZED, "api.tokenInvalid");
			return;
		}
		Viewer viewer = bearer.get().viewer();
		var authentication = UsernamePasswordAuthenticationToken.authenticated(viewer, null,
				List.of(new SimpleGrantedAuthority(viewer.role().authority())));
		// which token it was, so that a stream this request opens ends when the token is revoked
		authentication.setDetails(bearer.get());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
