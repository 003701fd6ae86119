package org.mediationdesk.attendance;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.process.RoundPart;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.stereotype.Component;

/** A round's attendance record in the round's JSON: attributed or the public projection, as for the pages. */
@Component
class AttendancePart implements RoundPart {

	private final AttendanceRecord attendance;

	AttendancePart(AttendanceRecord attendance) {
		this.attendance = attendance;
	}

	@Override
	public String name() {
		return "attendance";
	}

	@Override
	public Object of(Viewer viewer, int number, LanguageCode language) {
		return attendance.forRound(viewer, number, language);
	}
}
