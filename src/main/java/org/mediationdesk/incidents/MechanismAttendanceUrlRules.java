package org.mediationdesk.incidents;

import org.mediationdesk.identity.UrlRules;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** A mechanism meeting's attendance is recorded by the co-chairs (the facilitators' among them) and the secretariat. */
@Component
class MechanismAttendanceUrlRules implements UrlRules {

	@Override
	public void declare(Declaration urls) {
		urls.mediatorsOnly(HttpMethod.POST, "/mechanisms/*/meetings/*/attendance");
	}
}
