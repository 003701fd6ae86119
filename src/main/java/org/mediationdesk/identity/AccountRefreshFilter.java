package org.mediationdesk.identity;

import java.io.IOException;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Re-reads the logged-in account on every page request, so that an administrator's change takes effect at
 * once: a disabled account's session ends, and a changed role or group applies to the next page. Built by
 * the security configuration, so that it runs only in the pages' filter chain.
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
			Optional<Viewer> current = accounts.currentViewer(user.viewer().accountId());
			if (current.isEmpty()) {
				SecurityContextHolder.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
			else if (!current.get().equals(user.viewer())) {
				DeskUser refreshed = new DeskUser(current.get(), null, true);
				var context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(refreshed, null,
						refreshed.getAuthorities()));
				SecurityContextHolder.setContext(context);
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.setAttribute("SPRING_SECURITY_CONTEXT", context);
				}
			}
		}
		chain.doFilter(request, response);
	}
}
