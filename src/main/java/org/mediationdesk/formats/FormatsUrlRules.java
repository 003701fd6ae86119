package org.mediationdesk.formats;

import org.mediationdesk.identity.UrlRules;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** Scenarios and the solver are the co-chairs' and secretariat's; groups state their own conditions. */
@Component
class FormatsUrlRules implements UrlRules {

	@Override
	public void declare(Declaration urls) {
		urls.mediatorsOnly(HttpMethod.POST, "/formats/scenarios/*", "/formats/scenarios/*/cascade");
		urls.mediatorsOnly(HttpMethod.POST, "/api/v1/formats/check", "/api/v1/formats/propose", "/api/v1/formats/cascade");
		urls.participantsAndMediators(HttpMethod.POST, "/formats/conditions", "/formats/conditions/*/delete");
	}
}
