package org.mediationdesk.search;

import org.mediationdesk.identity.UrlRules;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** The search is for anyone, in the API without a token (with one, it also finds what its holder may see). */
@Component
class SearchUrlRules implements UrlRules {

	@Override
	public void declare(Declaration urls) {
		urls.anyone(HttpMethod.GET, "/search", "/api/v1/search");
	}
}
