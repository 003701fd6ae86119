package org.mediationdesk.attendance;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.process.Capacity;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.process.MeetingKind;
import org.mediationdesk.process.MeetingView;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Refusals;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The attendance record of a round: attributed for the co-chairs and secretariat, neutral for others. */
@Controller
class AttendanceController {

	private final AttendanceRecord attendance;
	private final RoundRecord rounds;
	private final ParticipantDirectory directory;

	AttendanceController(AttendanceRecord attendance, RoundRecord rounds, ParticipantDirectory directory) {
		this.attendance = attendance;
		this.rounds = rounds;
		this.directory = directory;
	}

	@GetMapping("/rounds/{number}/attendance")
	String show(@PathVariable int number, Locale locale, Model model) {
		Viewer viewer = Viewers.current();
		model.addAttribute("round", rounds.round(viewer, number));
		List<MeetingView> meetings = rounds.meetings(viewer, number);
		model.addAttribute("meetings", meetings);
		model.addAttribute("formKeys", formKeys(meetings));
		model.addAttribute("lines", attendance.forRound(viewer, number, LanguageCode.ofInterface(locale)));
		model.addAttribute("attributed", attendance.isAttributedFor(viewer));
		model.addAttribute("mayRecord", viewer.isMediator());
		model.addAttribute("equality", attendance.isAttributedFor(viewer)
				? attendance.equalRepresentation(viewer, number, LanguageCode.ofInterface(locale)) : List.of());
		model.addAttribute("groups", directory.allGroups());
		model.addAttribute("agenda", rounds.agenda());
		model.addAttribute("capacities", Capacity.values());
		model.addAttribute("recordable", List.of(AttendanceKind.PRESENT, AttendanceKind.WALKED_OUT,
				AttendanceKind.RETURNED, AttendanceKind.DECLINED, AttendanceKind.BOYCOTTED));
		return "rounds/attendance";
	}

	/**
	 * The key of each meeting's form on the page: its kind, and for a second meeting of the same kind the kind
	 * and its number (WORKING_GROUP_II, INFORMATION_SESSION, INFORMATION_SESSION-2 …).
	 */
	static Map<UUID, String> formKeys(List<MeetingView> meetings) {
		Map<UUID, String> keys = new HashMap<>();
		Map<MeetingKind, Integer> seen = new HashMap<>();
		for (MeetingView meeting : meetings) {
			int count = seen.merge(meeting.kind(), 1, Integer::sum);
			keys.put(meeting.id(), count == 1 ? meeting.kind().name() : meeting.kind().name() + "-" + count);
		}
		return keys;
	}

	/** The secretariat's one-click form: a group, a meeting, what happened (and, for a walkout, why). */
	record AttendanceForm(UUID meetingId, UUID groupId, AttendanceKind kind,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn, String agendaItem,
			String statedReason, Capacity capacity) {
	}

	@PostMapping("/rounds/{number}/attendance")
	String record(@PathVariable int number, @ModelAttribute AttendanceForm form, RedirectAttributes redirect) {
		Viewer viewer = Viewers.current();
		if (!viewer.isMediator()) {
			throw new DeskException.NotFound();
		}
		try {
			attendance.record(viewer, number, new NewAttendance(form.meetingId(), form.groupId(), form.kind(),
					form.occurredOn(), form.agendaItem(), form.statedReason(),
					form.kind() != null && form.kind().seats() ? form.capacity() : null));
			redirect.addFlashAttribute("notice", "attendance.recorded");
		}
		catch (DeskException.Invalid | DeskException.Conflict refused) {
			Refusals.flash(redirect, refused);
		}
		return "redirect:/rounds/" + number + "/attendance";
	}

	@PostMapping("/api/v1/rounds/{number}/attendance")
	@ResponseBody
	@ResponseStatus(HttpStatus.CREATED)
	AttendanceLine recordOverApi(@PathVariable int number, @RequestBody NewAttendance event) {
		return attendance.record(Viewers.current(), number, event);
	}

	@GetMapping("/api/v1/rounds/{number}/attendance")
	@ResponseBody
	List<AttendanceLine> api(@PathVariable int number, Locale locale) {
		Viewer viewer = Viewers.current();
		rounds.round(viewer, number);
		return attendance.forRound(viewer, number, LanguageCode.ofInterface(locale));
	}

}
