package org.mediationdesk.platform;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one place where a request's client address and scheme are taken from a proxy's headers, before anything else
 * reads them (the login throttle, the audit log, the second step): only from a trusted proxy
 * ({@link TrustedProxies}), the client being the right-most address of {@code X-Forwarded-For} that is not a trusted
 * proxy, and the scheme that proxy's {@code X-Forwarded-Proto}. From anyone else the headers are ignored. The
 * container's own handling of these headers is off ({@code server.forward-headers-strategy=none}), so that no other
 * rule (the container's "any private address is a proxy") applies anywhere.
 */
class ForwardedClientFilter extends OncePerRequestFilter {

	private final TrustedProxies proxies;

	ForwardedClientFilter(TrustedProxies proxies) {
		this.proxies = proxies;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (proxies.none() || !proxies.trusts(request.getRemoteAddr())) {
			chain.doFilter(request, response);
			return;
		}
		List<String> forwardedFor = Collections.list(request.getHeaders("X-Forwarded-For"));
		String client = proxies.client(request.getRemoteAddr(), forwardedFor);
		String proto = lastValue(request.getHeader("X-Forwarded-Proto"));
		String scheme = "https".equals(proto) || "http".equals(proto) ? proto : request.getScheme();
		chain.doFilter(new Forwarded(request, client, scheme), response);
	}

	private static String lastValue(String header) {
		if (header == null) {
			return null;
		}
		String[] values = header.split(",");
		return values[values.length - 1].strip().toLowerCase(Locale.ROOT);
	}

	/** The request as its client sent it to the proxy: the client's address, and the scheme it used. */
	private static final class Forwarded extends HttpServletRequestWrapper {

		private final String client;
		private final String scheme;

		Forwarded(HttpServletRequest request, String client, String scheme) {
			super(request);
			this.client = client;
			this.scheme = scheme;
		}

		@Override
		public String getRemoteAddr() {
			return client;
		}

		@Override
		public String getRemoteHost() {
			return client;
		}

		@Override
		public String getScheme() {
			return scheme;
		}

		@Override
		public boolean isSecure() {
			return "https".equals(scheme) || super.isSecure();
		}

		@Override
		public int getServerPort() {
			if (scheme.equals(super.getScheme())) {
				return super.getServerPort();
			}
			return "https".equals(scheme) ? 443 : 80;
		}
	}
}
