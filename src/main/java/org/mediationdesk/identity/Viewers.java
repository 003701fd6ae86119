package org.mediationdesk.identity;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The viewer of the current request, as the security filters established it. */
public final class Viewers {

	private Viewers() {
	}

	public static Viewer current() {
		return of(SecurityContextHolder.getContext().getAuthentication());
	}

	/** The API token the current request came with, if it came with one (not with a login). */
	public static Optional<UUID> currentToken() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getDetails() instanceof ApiTokens.Bearer bearer
				? Optional.of(bearer.tokenId()) : Optional.empty();
	}

	public static Viewer of(Authentication authentication) {
		if (authentication == null) {
			return Viewer.anonymous();
		}
		Object principal = authentication.getPrincipal();
		if (principal instanceof DeskUser user) {
			return user.viewer();
		}
		if (principal instanceof Viewer viewer) {
			return viewer;
		}
		return Viewer.anonymous();
	}
}
