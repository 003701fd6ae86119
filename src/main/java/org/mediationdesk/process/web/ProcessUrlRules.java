package org.mediationdesk.process.web;

import org.mediationdesk.identity.UrlRules;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Planning and running rounds is for the co-chairs and secretariat; the record of the rounds is public,
 * in the API too (each part of a round under {@code /api/v1/rounds}, such as its attendance or accounts, shows
 * what the viewer may see).
 */
@Component
class ProcessUrlRules implements UrlRules {

	@Override
	public void declare(Declaration urls) {
		urls.mediatorsOnly(HttpMethod.POST, "/rounds", "/rounds/*/postponement", "/rounds/*/status", "/rounds/*/meetings",
				"/rounds/*/outcomes", "/rounds/*/decisions", "/rounds/*/texts", "/rounds/*/meetings/*",
				"/rounds/*/meetings/*/removal");
		urls.mediatorsOnly(HttpMethod.PUT, "/api/v1/rounds/*/texts");
		urls.mediatorsOnly(HttpMethod.GET, "/rounds/*/meetings/*");
		urls.mediatorsOnly(HttpMethod.PATCH, "/api/v1/rounds/*/meetings/*");
		urls.mediatorsOnly(HttpMethod.DELETE, "/api/v1/rounds/*/meetings/*");
		urls.mediatorsOnly(HttpMethod.POST, "/api/v1/rounds", "/api/v1/rounds/*/postponement", "/api/v1/rounds/*/status",
				"/api/v1/rounds/*/meetings", "/api/v1/rounds/*/outcomes", "/api/v1/rounds/*/decisions");
		// the public record reads without a token
		urls.anyone(HttpMethod.GET, "/api/v1/rounds", "/api/v1/rounds/**");
	}
}
