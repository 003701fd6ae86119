package org.mediationdesk.feeds;

import org.mediationdesk.identity.UrlRules;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * The feeds are for anyone (a personal address answers only to its secret, checked by the controller); a user's
 * own feed addresses are under their profile, which needs a login.
 */
@Component
class FeedsUrlRules implements UrlRules {

	@Override
	public void declare(Declaration urls) {
		urls.anyone(HttpMethod.GET, "/feeds/**", "/calendar/**");
		urls.loggedIn("/profile/feeds", "/profile/feeds/**");
	}
}
