package org.mediationdesk.incidents.web;

import java.util.UUID;

import org.mediationdesk.attendance.AttendanceKind;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.incidents.MechanismAttendance;
import org.mediationdesk.incidents.Mechanisms;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Refusals;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Records who attended a mechanism meeting, from its page: an attendee (a participant group or a facilitator) and
 * what happened; back to the page's attendance, with the reason if refused.
 */
@Controller
class MechanismAttendanceController {

	private final MechanismAttendance attendance;
	private final Mechanisms mechanisms;

	MechanismAttendanceController(MechanismAttendance attendance, Mechanisms mechanisms) {
		this.attendance = attendance;
		this.mechanisms = mechanisms;
	}

	@PostMapping("/mechanisms/{mechanism}/meetings/{id}/attendance")
	String record(@PathVariable("mechanism") String code, @PathVariable UUID id,
			@RequestParam(required = false) String attendee, @RequestParam(required = false) AttendanceKind kind,
			RedirectAttributes redirect) {
		Viewers.current().requireMediator();
		String back = "redirect:/mechanisms/" + mechanisms.mechanism(Viewers.current(), code).code() + "/meetings/" + id
				+ "#meeting-attendance";
		try {
			attendance.record(Viewers.current(), code, id, attendee, kind);
			redirect.addFlashAttribute("notice", "attendance.recorded");
		}
		catch (DeskException.Invalid | DeskException.Conflict refused) {
			Refusals.flash(redirect, refused);
		}
		return back;
	}
}
