package org.mediationdesk.attendance;

import java.util.List;
import java.util.Locale;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** The attendance record of a round: attributed for the co-chairs and secretariat, neutral for others. */
@Controller
class AttendanceController {

	private final AttendanceRecord attendance;
	private final RoundRecord rounds;

	AttendanceController(AttendanceRecord attendance, RoundRecord rounds) {
		this.attendance = attendance;
		this.rounds = rounds;
	}

	@GetMapping("/rounds/{number}/attendance")
	String show(@PathVariable int number, Locale locale, Model model) {
		Viewer viewer = Viewers.current();
		model.addAttribute("round", rounds.round(viewer, number));
		model.addAttribute("sessions", rounds.sessions(number));
		model.addAttribute("lines", attendance.forRound(viewer, number, language(locale)));
		model.addAttribute("attributed", attendance.isAttributedFor(viewer));
		return "rounds/attendance";
	}

	@GetMapping("/api/v1/rounds/{number}/attendance")
	@ResponseBody
	List<AttendanceLine> api(@PathVariable int number, Locale locale) {
		Viewer viewer = Viewers.current();
		rounds.round(viewer, number);
		return attendance.forRound(viewer, number, language(locale));
	}

	private static LanguageCode language(Locale locale) {
		return "ru".equals(locale.getLanguage()) ? LanguageCode.RU : LanguageCode.EN;
	}
}
