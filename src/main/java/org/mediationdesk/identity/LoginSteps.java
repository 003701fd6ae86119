package org.mediationdesk.identity;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.mediationdesk.shared.PublicAddress;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The steps of a login on the pages, and where each sends the browser: to the login form, after a right
 * password to the second step (for an account with a second factor), after the last step to the page first
 * asked for. Every address sent is the configured public address with a path of this application (or, without
 * one, the path alone), never one built from the request's {@code Host} header.
 */
@Component
public class LoginSteps {

	static final String PENDING = LoginSteps.class.getName() + ".PENDING";

	/**
	 * The name typed in the refused login form, so that the form shows it again: the session attribute that keeps
	 * it until the next try.
	 */
	public static final String TYPED_USERNAME = LoginSteps.class.getName() + ".TYPED_USERNAME";
	/** How long the second step waits for its code after the right password. */
	static final Duration PENDING_FOR = Duration.ofMinutes(5);

	private final PublicAddress address;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final RequestCache requests = new HttpSessionRequestCache();
	private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	LoginSteps(PublicAddress address, ApplicationEventPublisher events, Clock clock) {
		this.address = address;
		this.events = events;
		this.clock = clock;
	}

	/** A login whose password was right, waiting for its second step, kept in the session. */
	record Pending(UUID accountId, String username, Instant until) implements Serializable {
	}

	/** Sends a visitor who needs a login to the form. */
	public AuthenticationEntryPoint toLogin() {
		return (request, response, failure) -> response.sendRedirect(address.of("/login"));
	}

	/** After the login: the page first asked for, or the start page. */
	public AuthenticationSuccessHandler afterLogin() {
		return (request, response, authentication) -> response.sendRedirect(target(request, response));
	}

	/**
	 * A refused password step: the second step when the password was right and a code is needed; otherwise the
	 * form again, which tells why (and, when this address must wait, until when).
	 */
	public AuthenticationFailureHandler failure() {
		return (request, response, failure) -> {
			if (failure instanceof SecondFactorNeededException needed) {
				request.getSession().setAttribute(PENDING,
						new Pending(needed.accountId(), needed.username(), clock.instant().plus(PENDING_FOR)));
				request.getSession().removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
				response.sendRedirect(address.of("/login/code"));
				return;
			}
			request.getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
			String typed = request.getParameter("username");
			if (typed != null) {
				// kept as typed, within the length of a username and without control characters
				String kept = typed.replaceAll("\\p{Cntrl}", "");
				request.getSession().setAttribute(TYPED_USERNAME, kept.substring(0, Math.min(kept.length(), 100)));
			}
			response.sendRedirect(address.of("/login?error"));
		};
	}

	/** The login waiting for its second step in this session, if it has not expired. */
	Optional<Pending> pending(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(PENDING) instanceof Pending pending)) {
			return Optional.empty();
		}
		if (clock.instant().isAfter(pending.until())) {
			session.removeAttribute(PENDING);
			return Optional.empty();
		}
		return Optional.of(pending);
	}

	/**
	 * Completes a login after its second step: a new session id, the user in it, the audit told; returns where
	 * to go next.
	 */
	String complete(HttpServletRequest request, HttpServletResponse response, DeskUser user) {
		request.getSession().removeAttribute(PENDING);
		request.changeSessionId();
		Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.getAuthorities());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		events.publishEvent(new AuthenticationSuccessEvent(authentication));
		return target(request, response);
	}

	String toPath(String path) {
		return address.of(path);
	}

	/** The page first asked for (its path and query, never its host), or the start page. */
	private String target(HttpServletRequest request, HttpServletResponse response) {
		SavedRequest saved = requests.getRequest(request, response);
		requests.removeRequest(request, response);
		String path = "/";
		if (saved instanceof DefaultSavedRequest original && "GET".equals(original.getMethod())) {
			String uri = original.getRequestURI().substring(request.getContextPath().length());
			if (uri.startsWith("/") && !uri.startsWith("//")) {
				path = uri + (original.getQueryString() == null ? "" : "?" + original.getQueryString());
			}
		}
		return address.of(path);
	}

	/** The client address a login came from, as the security filters recorded it. */
	static String address(Object details) {
		return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
				? web.getRemoteAddress() : "unknown";
	}

	/** The logged-in user of this request, if they logged in through the login form or its second step. */
	static Optional<DeskUser> currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof DeskUser user ? Optional.of(user)
				: Optional.empty();
	}
}
