package org.mediationdesk.live;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds back what the live streams write until the request that opened them has left every filter. A response is not
 * safe to share between threads: the filters still write its headers as the request leaves them (Spring Security's
 * headers are written when the response is committed, or after the chain), so a sender thread that wrote the first
 * event meanwhile raced them, and the stream broke with an exception inside the container's headers (seen as a board
 * that received its first event and nothing more). Each stream opened in the request is released here, after the
 * chain, and only then does a sender write to it. Outermost of the application's filters, outside the security chain.
 *
 * <p>Where no filter runs (a test's standalone controller), there is nothing to race, and a stream starts at once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class StreamGate extends OncePerRequestFilter {

	private static final String HELD = StreamGate.class.getName() + ".held";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		List<Runnable> held = new ArrayList<>();
		request.setAttribute(HELD, held);
		try {
			chain.doFilter(request, response);
		}
		finally {
			request.removeAttribute(HELD);
			held.forEach(Runnable::run);
		}
	}

	/**
	 * Holds {@code release} until the current request has left the filters; {@code false} if no gate holds this
	 * request (the caller then starts at once).
	 */
	@SuppressWarnings("unchecked")
	static boolean hold(ServletRequest request, Runnable release) {
		if (request != null && request.getAttribute(HELD) instanceof List<?> held) {
			((List<Runnable>) held).add(release);
			return true;
		}
		return false;
	}
}
