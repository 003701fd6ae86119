package org.mediationdesk.attendance;

import java.time.LocalDate;
import java.time.LocalTime;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
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
import java.time.Clock;
import org.mediationdesk.process.AgendaItemView;

/** The attendance record of a round: attributed for the co-chairs and secretariat, neutral for others. */
@Controller
class AttendanceController {

	private final AttendanceRecord attendance;
	private final RoundRecord rounds;
	private final ParticipantDirectory directory;
	private final Clock clock;

	AttendanceController(AttendanceRecord attendance, RoundRecord rounds, ParticipantDirectory directory,
			Clock clock) {
		this.clock = clock;
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
		model.addAttribute("today", LocalDate.now(clock));
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

	/**
	 * The secretariat's one-click form: a group, a meeting, what happened (and, for a walkout, why); for a later
	 * record, the time of day it describes and why it is recorded later.
	 */
	record AttendanceForm(UUID meetingId, UUID groupId, AttendanceKind kind,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn, String agendaItem,
			String statedReason, Capacity capacity,
			@DateTimeFormat(iso = DateTimeFormat.ISO.TIME, fallbackPatterns = "HH:mm") LocalTime occurredAt,
			String laterReason) {
	}

	/**
	 * What the form keeps after an entry, for the meeting it was made in: the group and agenda item, so that the
	 * next entry about them is one click; after a refusal, everything that was typed.
	 */
	record Kept(UUID meetingId, UUID groupId, String agendaItem, String statedReason, Capacity capacity,
			LocalTime occurredAt, String laterReason) {
	}

	@PostMapping("/rounds/{number}/attendance")
	String record(@PathVariable int number, @ModelAttribute AttendanceForm form, RedirectAttributes redirect) {
		Viewer viewer = Viewers.current().requireMediator();
		String anchor = form.meetingId() == null ? ""
				: "#record-" + formKeys(rounds.meetings(viewer, number)).getOrDefault(form.meetingId(), "");
		try {
			attendance.record(viewer, number, new NewAttendance(form.meetingId(), form.groupId(), form.kind(),
					form.occurredOn(), form.agendaItem(), form.statedReason(),
					form.kind() != null && form.kind().seats() ? form.capacity() : null, form.occurredAt(),
					form.laterReason()));
			redirect.addFlashAttribute("notice", "attendance.recorded");
			redirect.addFlashAttribute("kept", new Kept(form.meetingId(), form.groupId(), form.agendaItem(), null, null,
					null, null));
		}
		catch (DeskException.Invalid | DeskException.Conflict refused) {
			// not Refusals.flash: every meeting's form goes to the same address; only the one sent keeps what was typed
			redirect.addFlashAttribute("problem", refused.code());
			redirect.addFlashAttribute("problemArguments", refused.arguments());
			redirect.addFlashAttribute("kept", new Kept(form.meetingId(), form.groupId(), form.agendaItem(),
					form.statedReason(), form.capacity(), form.occurredAt(), form.laterReason()));
		}
		return "redirect:/rounds/" + number + "/attendance" + anchor;
	}

	/** The form to correct an entry of the record: the corrected values and why. */
	@GetMapping("/rounds/{number}/attendance/{id}/correction")
	String correction(@PathVariable int number, @PathVariable("id") UUID entryId, Locale locale, Model model) {
		Viewer viewer = Viewers.current().requireMediator();
		model.addAttribute("round", rounds.round(viewer, number));
		AttendanceLine entry = attendance.forRound(viewer, number, LanguageCode.ofInterface(locale))
			.stream()
			.filter(line -> entryId.equals(line.id()) && !line.superseded())
			.findFirst()
			.orElseThrow(DeskException.NotFound::new);
		model.addAttribute("entry", entry);
		model.addAttribute("entryGroup", entry.groupId());
		model.addAttribute("entryItem", rounds.agenda()
			.stream()
			.filter(item -> item.title(LanguageCode.ofInterface(locale)).equals(entry.agendaItem()))
			.map(AgendaItemView::code)
			.findFirst()
			.orElse(""));
		model.addAttribute("groups", directory.allGroups());
		model.addAttribute("agenda", rounds.agenda());
		model.addAttribute("capacities", Capacity.values());
		model.addAttribute("kinds", AttendanceKind.values());
		return "rounds/correction";
	}

	record CorrectionForm(UUID groupId, AttendanceKind kind,
			@DateTimeFormat(iso = DateTimeFormat.ISO.TIME, fallbackPatterns = "HH:mm") LocalTime occurredAt,
			String agendaItem, String statedReason, Capacity capacity, String reason) {
	}

	@PostMapping("/rounds/{number}/attendance/{id}/correction")
	String correct(@PathVariable int number, @PathVariable("id") UUID entryId, @ModelAttribute CorrectionForm form,
			RedirectAttributes redirect) {
		Viewer viewer = Viewers.current().requireMediator();
		try {
			attendance.correct(viewer, number, entryId, new AttendanceCorrection(form.groupId(), form.kind(),
					form.occurredAt(), form.agendaItem() == null ? "" : form.agendaItem(),
					form.statedReason() == null ? "" : form.statedReason(),
					form.kind() != null && form.kind().seats() ? form.capacity() : null, form.reason()));
			redirect.addFlashAttribute("notice", "attendance.corrected");
			return "redirect:/rounds/" + number + "/attendance#attendance";
		}
		catch (DeskException.Invalid | DeskException.Conflict refused) {
			Refusals.flash(redirect, refused);
			if (refused.code().equals("attendance.correctionNeedsReason")) {
				redirect.addFlashAttribute("problemField", "reason");
			}
			return "redirect:/rounds/" + number + "/attendance/" + entryId + "/correction";
		}
	}

	@Operation(summary = "Corrects an attendance entry: the correction supersedes it and gives the reason",
			description = "Values left out stay as the entry had them; an empty agendaItem or statedReason clears it. "
					+ "The attributed record shows both entries, the public one only the corrected result. 409 when "
					+ "the entry was corrected already or the correction breaks the rules of the record; 404 for an "
					+ "entry the caller may not see.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					examples = @ExampleObject(name = "The walkout was of another group", value = """
							{"groupId": "6f1c2a0e-3b7d-4e55-9a3e-2f8d5c1b7a90", "occurredAt": "11:40",
							 "reason": "Entered for the wrong group; corrected from the co-chairs' notes"}"""))))
	@PostMapping("/api/v1/rounds/{number}/attendance/{id}/correction")
	@ResponseBody
	@ResponseStatus(HttpStatus.CREATED)
	AttendanceLine correctOverApi(@PathVariable int number, @PathVariable("id") UUID entryId,
			@RequestBody AttendanceCorrection correction) {
		return attendance.correct(Viewers.current(), number, entryId, correction);
	}

	@Operation(summary = "Records an attendance entry in a meeting of a round",
			description = "Taken on the meeting's day at the server's time. After the meeting's day, or for an earlier "
					+ "moment, it is a later record: give occurredAt and laterReason. A second entry of where a group "
					+ "already stands (a second click) answers 409; a meeting whose day is ahead takes none.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					examples = {
							@ExampleObject(name = "A walkout, as it happens", value = """
									{"meetingId": "0b8e4f9c-2d1a-4c7e-8f3b-5a6d7e8f9a01",
									 "groupId": "6f1c2a0e-3b7d-4e55-9a3e-2f8d5c1b7a90", "kind": "WALKED_OUT",
									 "agendaItem": "IDP", "statedReason": "Objects to the item"}"""),
							@ExampleObject(name = "A later record", value = """
									{"meetingId": "0b8e4f9c-2d1a-4c7e-8f3b-5a6d7e8f9a01",
									 "groupId": "6f1c2a0e-3b7d-4e55-9a3e-2f8d5c1b7a90", "kind": "RETURNED",
									 "occurredAt": "15:10", "laterReason": "Noted on paper during the power cut"}""") })))
	@PostMapping("/api/v1/rounds/{number}/attendance")
	@ResponseBody
	@ResponseStatus(HttpStatus.CREATED)
	AttendanceLine recordOverApi(@PathVariable int number, @RequestBody NewAttendance event) {
		return attendance.record(Viewers.current(), number, event);
	}

	@Operation(summary = "The attendance record of a round: attributed for the co-chairs and secretariat, neutral for others")
	@GetMapping("/api/v1/rounds/{number}/attendance")
	@ResponseBody
	List<AttendanceLine> api(@PathVariable int number, Locale locale) {
		Viewer viewer = Viewers.current();
		rounds.round(viewer, number);
		return attendance.forRound(viewer, number, LanguageCode.ofInterface(locale));
	}

}
