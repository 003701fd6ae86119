package org.mediationdesk.attendance;

import org.mediationdesk.identity.UrlRules;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** The attendance record is kept by the co-chairs and secretariat. */
@Component
class AttendanceUrlRules implements UrlRules {

	@Override
	public void declare(Declaration urls) {
		urls.mediatorsOnly(HttpMethod.POST, "/rounds/*/attendance", "/api/v1/rounds/*/attendance",
				"/rounds/*/attendance/*/correction", "/api/v1/rounds/*/attendance/*/correction");
		urls.mediatorsOnly(HttpMethod.GET, "/rounds/*/attendance/*/correction");
	}
}
