package org.mediationdesk.statements;

import org.mediationdesk.identity.UrlRules;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** Accounts of a round are filed by the co-chairs, the secretariat and participants (for their own group). */
@Component
class StatementsUrlRules implements UrlRules {

	@Override
	public void declare(Declaration urls) {
		urls.participantsAndMediators(HttpMethod.POST, "/rounds/*/accounts", "/api/v1/rounds/*/accounts");
	}
}
