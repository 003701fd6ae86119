package org.mediationdesk.texts;

import org.mediationdesk.identity.UrlRules;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * The co-chairs and secretariat draft and run the negotiating texts; participants propose wordings, state
 * stances, join, translate and withdraw wordings.
 */
@Component
class TextsUrlRules implements UrlRules {

	@Override
	public void declare(Declaration urls) {
		urls.mediatorsOnly(HttpMethod.POST, "/texts", "/texts/*/provisions", "/texts/*/status", "/texts/*/provisions/*",
				"/texts/*/heading");
		urls.mediatorsOnly(HttpMethod.POST, "/api/v1/texts", "/api/v1/texts/*/provisions", "/api/v1/texts/*/status");
		urls.mediatorsOnly(HttpMethod.PUT, "/api/v1/texts/*/heading");
		urls.participantsAndMediators(HttpMethod.POST, "/texts/*/wordings", "/texts/*/stances", "/texts/*/cosponsors",
				"/texts/*/translations", "/texts/*/withdrawals");
		urls.participantsAndMediators(HttpMethod.POST, "/api/v1/texts/*/stances", "/api/v1/texts/*/wordings",
				"/api/v1/texts/*/wordings/*/withdrawal", "/api/v1/texts/*/wordings/*/cosponsors");
		urls.participantsAndMediators(HttpMethod.PUT, "/api/v1/texts/*/wordings/*/russian");
	}
}
