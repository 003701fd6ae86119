package org.mediationdesk.hotline;

import org.mediationdesk.identity.UrlRules;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * The hotline is for whoever takes part, and within that only for each mechanism's circle (the facade answers 404
 * to the rest); relaying, the console and the escalation chains are the operator's desk's: the co-chairs and
 * secretariat.
 */
@Component
class HotlineUrlRules implements UrlRules {

	@Override
	public void declare(Declaration urls) {
		urls.mediatorsOnly(HttpMethod.GET, "/hotline/console", "/hotline/console/stream",
				"/mechanisms/*/hotline/escalation-chain");
		urls.mediatorsOnly(HttpMethod.POST, "/api/v1/hotline/activations/*/relay", "/mechanisms/*/hotline/*/relay",
				"/mechanisms/*/hotline/escalation-chain");
		urls.mediatorsOnly(HttpMethod.PUT, "/api/v1/hotline/mechanisms/*/escalation-chain");
		urls.participantsAndMediators(HttpMethod.GET, "/api/v1/hotline/activations", "/api/v1/hotline/activations/*",
				"/api/v1/hotline/mechanisms/*/log", "/api/v1/hotline/mechanisms/*/escalation-chain",
				"/mechanisms/*/hotline");
		urls.participantsAndMediators(HttpMethod.POST, "/api/v1/hotline/activations",
				"/api/v1/hotline/activations/*/acknowledgement", "/api/v1/hotline/activations/*/response",
				"/mechanisms/*/hotline", "/mechanisms/*/hotline/*/acknowledgement", "/mechanisms/*/hotline/*/response");
	}
}
