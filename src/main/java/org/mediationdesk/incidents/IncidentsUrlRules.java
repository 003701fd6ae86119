package org.mediationdesk.incidents;

import org.mediationdesk.identity.UrlRules;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * The mechanisms are public to read; the facilitators' steps are the co-chairs' and secretariat's; the register is
 * for whoever takes part (and within it, only the circle of each mechanism: the facade answers 404 to the rest).
 */
@Component
class IncidentsUrlRules implements UrlRules {

	@Override
	public void declare(Declaration urls) {
		urls.mediatorsOnly(HttpMethod.POST, "/api/v1/mechanisms", "/api/v1/mechanisms/*/meetings",
				"/mechanisms/*/meetings", "/mechanisms/*/meetings/*/agenda", "/mechanisms/*/meetings/*/joint-visits",
				"/mechanisms/*/meetings/*/close", "/incidents/*/review", "/api/v1/incidents/*/review",
				"/incidents/*/meetings", "/api/v1/incidents/*/meetings", "/incidents/*/merge", "/api/v1/incidents/*/merge");
		urls.mediatorsOnly(HttpMethod.GET, "/incidents/*/merge");
		urls.participantsAndMediators(HttpMethod.GET, "/incidents", "/incidents/*", "/api/v1/incidents",
				"/api/v1/incidents/*", "/api/v1/incidents.csv", "/api/v1/incidents/*/meetings");
		urls.participantsAndMediators(HttpMethod.POST, "/incidents", "/incidents/*/accounts", "/api/v1/incidents",
				"/api/v1/incidents/*/accounts");
		urls.anyone(HttpMethod.GET, "/mechanisms", "/mechanisms/*", "/mechanisms/*/meetings/*", "/api/v1/mechanisms",
				"/api/v1/mechanisms/*", "/api/v1/mechanisms/*/meetings");
	}
}
