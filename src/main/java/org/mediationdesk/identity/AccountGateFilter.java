package org.mediationdesk.identity;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Holds a logged-in user at one page until they have done what their account asks first: an account opened or
 * reset by an administrator chooses its own password; an administrator or co-chair, where the second factor is
 * required, enrols one. Every other page sends them there (logging out stays possible). Runs in the pages'
 * filter chain after the account is refreshed, so that the page is left as soon as the step is done.
 */
public class AccountGateFilter extends OncePerRequestFilter {

	static final String PASSWORD_PAGE = "/profile/password";
	static final String SECOND_FACTOR_PAGE = "/profile/second-factor";

	private final LoginSteps steps;

	public AccountGateFilter(LoginSteps steps) {
		this.steps = steps;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		DeskUser user = LoginSteps.currentUser().orElse(null);
		if (user == null || user.gate() == DeskUser.Gate.NONE) {
			chain.doFilter(request, response);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String page = user.gate() == DeskUser.Gate.CHANGE_PASSWORD ? PASSWORD_PAGE : SECOND_FACTOR_PAGE;
		if (path.equals(page) || path.startsWith(page + "/") || path.equals("/logout") || path.startsWith("/error")) {
			chain.doFilter(request, response);
			return;
		}
		// a language chosen on the way (?lang=ru) comes along
		String language = request.getParameter("lang");
		response.sendRedirect(steps.toPath(page + (language != null && language.matches("[a-z]{2}") ? "?lang=" + language : "")));
	}

	/** Static files and the health check need no account. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/assets/") || path.startsWith("/webjars/") || path.startsWith("/actuator/");
	}
}
