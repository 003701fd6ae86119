package org.mediationdesk.identity;

import org.springframework.stereotype.Component;

/** The administration is for administrators only; a profile is its holder's. */
@Component
class IdentityUrlRules implements UrlRules {

	@Override
	public void declare(Declaration urls) {
		urls.administratorsOnly("/admin/**");
		urls.loggedIn("/profile/**");
	}
}
