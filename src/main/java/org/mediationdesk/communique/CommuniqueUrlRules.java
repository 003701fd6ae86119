package org.mediationdesk.communique;

import org.mediationdesk.identity.UrlRules;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * The co-chairs and the secretariat draft, edit, approve, share and publish; everyone reads what they may see of it
 * (the pages are open, the API's reading comes under the process's public reading of the rounds).
 */
@Component
class CommuniqueUrlRules implements UrlRules {

	@Override
	public void declare(Declaration urls) {
		urls.mediatorsOnly(HttpMethod.POST, "/rounds/*/communique", "/rounds/*/communique/text/*",
				"/rounds/*/communique/approvals", "/rounds/*/communique/sharing", "/rounds/*/communique/publication",
				"/rounds/*/communique/corrections");
		urls.mediatorsOnly(HttpMethod.POST, "/api/v1/rounds/*/communique", "/api/v1/rounds/*/communique/approvals",
				"/api/v1/rounds/*/communique/sharing", "/api/v1/rounds/*/communique/publication",
				"/api/v1/rounds/*/communique/corrections");
		urls.mediatorsOnly(HttpMethod.PUT, "/api/v1/rounds/*/communique");
	}
}
