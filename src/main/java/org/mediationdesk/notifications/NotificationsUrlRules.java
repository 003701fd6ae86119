package org.mediationdesk.notifications;

import org.mediationdesk.identity.UrlRules;
import org.springframework.stereotype.Component;

/** Notifications are their holder's: any logged-in account reads and marks its own. */
@Component
class NotificationsUrlRules implements UrlRules {

	@Override
	public void declare(Declaration urls) {
		urls.loggedIn("/notifications", "/notifications/**", "/api/v1/notifications", "/api/v1/notifications/**");
	}
}
