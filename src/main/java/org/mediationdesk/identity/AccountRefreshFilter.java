package org.mediationdesk.identity;

import java.io.IOException;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Re-reads the logged-in account on every page request, so that a change takes effect at once: the session
 * of a disabled account, or of an account whose password changed since this login, ends; a changed role or
 * group applies to the next page. Built by the security configuration, so that it runs only in the pages'
 * filter chain.
 */
public class AccountRefreshFilter extends OncePerRequestFilter {

	private final AccountManagement accounts;

	public AccountRefreshFilter(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof DeskUser user) {
			Optional<DeskUser> current = accounts.refreshed(user);
			if (current.isEmpty()) {
				SecurityContextHolder.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
			else if (current.get() != user) {
				replace(request, current.get());
			}
		}
		chain.doFilter(request, response);
	}

	/** Puts a refreshed user into this request and its session (unless another request just ended it). */
	static void replace(HttpServletRequest request, DeskUser user) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		HttpSession session = request.getSession(false);
		if (session != null) {
			try {
				session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
			}
			catch (IllegalStateException ended) {
				SecurityContextHolder.clearContext();
			}
		}
	}

	/** Static files and the health check need no account. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/assets/") || path.startsWith("/webjars/") || path.startsWith("/actuator/");
	}
}
