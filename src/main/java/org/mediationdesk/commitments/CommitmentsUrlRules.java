package org.mediationdesk.commitments;

import org.mediationdesk.identity.UrlRules;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * The commitments' pages are for anyone (each lists only what its reader may see, and a commitment the reader may
 * not see answers 404); their API answers a token; recording a commitment and its steps is the co-chairs' and
 * secretariat's, a reading a side's.
 */
@Component
class CommitmentsUrlRules implements UrlRules {

	@Override
	public void declare(Declaration urls) {
		urls.mediatorsOnly(HttpMethod.POST, "/commitments", "/commitments/*/progress", "/api/v1/commitments",
				"/api/v1/commitments/*/progress");
		urls.participantsAndMediators(HttpMethod.POST, "/commitments/*/readings", "/api/v1/commitments/*/readings");
		urls.loggedIn("/api/v1/commitments", "/api/v1/commitments/*");
		urls.anyone(HttpMethod.GET, "/commitments", "/commitments/*");
	}
}
