package org.mediationdesk.search;

import org.mediationdesk.identity.UrlRules;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** The search of the public record is for anyone, in the API without a token. */
@Component
class SearchUrlRules implements UrlRules {

	@Override
	public void declare(Declaration urls) {
		urls.anyone(HttpMethod.GET, "/search", "/api/v1/search");
	}
}
