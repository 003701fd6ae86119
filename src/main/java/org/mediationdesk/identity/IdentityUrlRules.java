package org.mediationdesk.identity;

import org.springframework.stereotype.Component;

/** The administration is for administrators only; a profile is its holder's; an invitation's link is anyone's. */
@Component
class IdentityUrlRules implements UrlRules {

	@Override
	public void declare(Declaration urls) {
		urls.administratorsOnly("/admin/**");
		urls.loggedIn("/profile/**");
		// an invitation's page is reached before its holder can log in; an unknown link answers 404 there
		urls.anyone(null, "/invitations/*");
	}
}
