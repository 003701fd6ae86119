package org.mediationdesk.participants;

import org.mediationdesk.identity.UrlRules;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** The directory of people is kept by the co-chairs and secretariat. */
@Component
class ParticipantsUrlRules implements UrlRules {

	@Override
	public void declare(Declaration urls) {
		urls.mediatorsOnly(HttpMethod.POST, "/participants/people");
	}
}
