package org.mediationdesk.shared;

import java.net.URI;
import java.net.URISyntaxException;

import org.springframework.stereotype.Component;

/**
 * The address at which people reach the installation ({@code mediationdesk.public-base-url}, for example
 * {@code https://desk.example.org}). Every absolute address the application sends (the login redirect, the
 * address after login, the address printed at first start) is built from it, never from the {@code Host}
 * header of a request, which whoever sends the request chooses. Required in production; without it
 * (evaluation mode) the application answers with addresses relative to the request's own, which the browser
 * resolves against the address it used.
 */
@Component
public class PublicAddress {

	public static final String PROPERTY = "mediationdesk.public-base-url";

	private final String base;

	public PublicAddress(SharedProperties properties) {
		String base = properties.publicBaseUrl();
		String problem = problem(base);
		if (problem != null) {
			throw new IllegalStateException("The setting " + PROPERTY + " (MEDIATIONDESK_PUBLIC_BASE_URL) " + problem);
		}
		this.base = base == null ? "" : base.strip().replaceAll("/+$", "");
	}

	/** What is wrong with a base address, or {@code null} if it is empty or a plain http(s) address. */
	public static String problem(String base) {
		if (base == null || base.isBlank()) {
			return null;
		}
		try {
			URI uri = new URI(base.strip());
			if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
					|| uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
				return "must be an address such as https://desk.example.org, without query or fragment; it is " + base;
			}
			return null;
		}
		catch (URISyntaxException e) {
			return "is not an address: " + base;
		}
	}

	/** Whether a public address is configured. */
	public boolean configured() {
		return !base.isEmpty();
	}

	/**
	 * The address of a path of this application ({@code /login}, {@code /documents?x=1}): absolute under the
	 * configured public address, or the path itself when none is configured.
	 */
	public String of(String path) {
		String relative = path.startsWith("/") ? path : "/" + path;
		return base + relative;
	}
}
