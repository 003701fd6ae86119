package org.mediationdesk.incidents.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.incidents.CloseMeeting;
import org.mediationdesk.incidents.JointVisit;
import org.mediationdesk.incidents.MechanismMeetingKind;
import org.mediationdesk.incidents.MechanismView;
import org.mediationdesk.incidents.IncidentMeetings;
import org.mediationdesk.incidents.MechanismAttendance;
import org.mediationdesk.incidents.MechanismMeetingNotes;
import org.mediationdesk.incidents.MechanismMeetingView;
import org.mediationdesk.incidents.Mechanisms;
import org.mediationdesk.incidents.MeetingOutcome;
import org.mediationdesk.incidents.NewMechanismMeeting;
import org.mediationdesk.incidents.TimePrecision;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Localized;
import org.mediationdesk.shared.Refusals;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of the mechanisms: the list, a mechanism with its suspension periods and meetings, and a meeting; the
 * facilitators' steps (scheduling, the agenda's adoption, joint visits, the close) post and come back.
 */
@Controller
class MechanismsController {

	private final Mechanisms mechanisms;
	private final List<MechanismMeetingNotes> notes;
	private final IncidentMeetings incidents;
	private final MechanismAttendance attendance;

	MechanismsController(Mechanisms mechanisms, List<MechanismMeetingNotes> notes, IncidentMeetings incidents,
			MechanismAttendance attendance) {
		this.mechanisms = mechanisms;
		this.notes = notes;
		this.incidents = incidents;
		this.attendance = attendance;
	}

	/** A meeting to schedule; the agenda's items beyond the standing ones, one a line. */
	record ScheduleForm(MechanismMeetingKind kind, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			String venue, String agenda) {

		NewMechanismMeeting toMeeting() {
			List<String> items = agenda == null ? List.of() : Arrays.stream(agenda.split("\\R")).toList();
			return new NewMechanismMeeting(kind, heldOn, TimePrecision.DAY, venue, items);
		}
	}

	record JointVisitForm(String place, String purpose) {
	}

	/** How a meeting ended; postponed and not held need neither a next date nor a statement. */
	record CloseForm(MeetingOutcome outcome, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nextOn,
			String statement, String statementRu, String statementKa, String source) {
	}

	/** A suspension: from which day, why (in up to three languages) and where it was made public. */
	record SuspensionForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, String reason, String reasonRu,
			String reasonKa, String source) {
	}

	/** A resumption: the day the mechanism met again. */
	record ResumptionForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
	}

	@GetMapping("/mechanisms")
	String list(Model model) {
		model.addAttribute("mechanisms", mechanisms.list(Viewers.current()));
		return "mechanisms/list";
	}

	@GetMapping("/mechanisms/{mechanism}")
	String show(@PathVariable("mechanism") String code, Model model) {
		Viewer viewer = Viewers.current();
		MechanismView mechanism = mechanisms.mechanism(viewer, code);
		model.addAttribute("mechanism", mechanism);
		model.addAttribute("meetings", mechanisms.meetings(viewer, code));
		model.addAttribute("kinds", MechanismMeetingKind.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ScheduleForm(MechanismMeetingKind.REGULAR, null, "", ""));
		}
		if (!model.containsAttribute("suspension")) {
			model.addAttribute("suspension", new SuspensionForm(null, "", "", "", ""));
		}
		if (!model.containsAttribute("resumption")) {
			model.addAttribute("resumption", new ResumptionForm(null));
		}
		return "mechanisms/show";
	}

	@PostMapping("/mechanisms/{mechanism}/meetings")
	String schedule(@PathVariable("mechanism") String code, @ModelAttribute("form") ScheduleForm form, RedirectAttributes redirect) {
		try {
			var meeting = mechanisms.schedule(Viewers.current(), code, form.toMeeting());
			redirect.addFlashAttribute("notice", "mechanisms.scheduled");
			return "redirect:/mechanisms/" + meeting.mechanismCode() + "/meetings/" + meeting.id();
		}
		catch (DeskException.Invalid refused) {
			Refusals.flash(redirect, refused);
			redirect.addFlashAttribute("form", form);
			return "redirect:/mechanisms/" + mechanisms.mechanism(Viewers.current(), code).code();
		}
	}

	/** Records that the mechanism is suspended (the page asks for confirmation first); mediators only. */
	@PostMapping("/mechanisms/{mechanism}/suspension")
	String suspend(@PathVariable("mechanism") String code, @ModelAttribute("suspension") SuspensionForm suspension,
			RedirectAttributes redirect) {
		return mechanismStep(code, redirect, "mechanisms.suspendedNotice",
				() -> redirect.addFlashAttribute("suspension", suspension),
				() -> mechanisms.suspend(Viewers.current(), code, suspension.from(),
						new Localized(blankToNull(suspension.reason()), blankToNull(suspension.reasonRu()),
								blankToNull(suspension.reasonKa())), suspension.source()));
	}

	/** Records that the mechanism resumed its work (the page asks for confirmation first); mediators only. */
	@PostMapping("/mechanisms/{mechanism}/resumption")
	String resume(@PathVariable("mechanism") String code, @ModelAttribute("resumption") ResumptionForm resumption,
			RedirectAttributes redirect) {
		return mechanismStep(code, redirect, "mechanisms.resumedNotice",
				() -> redirect.addFlashAttribute("resumption", resumption),
				() -> mechanisms.resume(Viewers.current(), code, resumption.on()));
	}

	private String mechanismStep(String code, RedirectAttributes redirect, String notice, Runnable keep, Runnable step) {
		Viewers.current().requireMediator();
		String back = "redirect:/mechanisms/" + mechanisms.mechanism(Viewers.current(), code).code();
		try {
			step.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (DeskException.Invalid | DeskException.Conflict refused) {
			Refusals.flash(redirect, refused);
			keep.run();
		}
		return back;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	@GetMapping("/mechanisms/{mechanism}/meetings/{id}")
	String meeting(@PathVariable("mechanism") String code, @PathVariable UUID id, Model model) {
		Viewer viewer = Viewers.current();
		model.addAttribute("mechanism", mechanisms.mechanism(viewer, code));
		MechanismMeetingView meeting = mechanisms.meeting(viewer, code, id);
		model.addAttribute("meeting", meeting);
		model.addAttribute("notes", notes.stream().map(note -> note.note(viewer, meeting)).flatMap(Optional::stream)
			.toList());
		model.addAttribute("onMeeting", incidents.onMeeting(viewer, meeting));
		model.addAttribute("attendance", attendance.attendance(viewer, code, id));
		model.addAttribute("outcomes", MeetingOutcome.values());
		if (!model.containsAttribute("visit")) {
			model.addAttribute("visit", new JointVisitForm("", ""));
		}
		if (!model.containsAttribute("closing")) {
			model.addAttribute("closing", new CloseForm(MeetingOutcome.HELD, null, "", "", "", ""));
		}
		return "mechanisms/meeting";
	}

	@PostMapping("/mechanisms/{mechanism}/meetings/{id}/agenda")
	String adoptAgenda(@PathVariable("mechanism") String code, @PathVariable UUID id, RedirectAttributes redirect) {
		return step(code, id, redirect, "mechanisms.agendaAdopted", null,
				() -> mechanisms.adoptAgenda(Viewers.current(), code, id));
	}

	@PostMapping("/mechanisms/{mechanism}/meetings/{id}/joint-visits")
	String agreeJointVisit(@PathVariable("mechanism") String code, @PathVariable UUID id, @ModelAttribute("visit") JointVisitForm visit,
			RedirectAttributes redirect) {
		return step(code, id, redirect, "mechanisms.jointVisitAgreed", () -> redirect.addFlashAttribute("visit", visit),
				() -> mechanisms.agreeJointVisit(Viewers.current(), code, id, new JointVisit(visit.place(), visit.purpose())));
	}

	@PostMapping("/mechanisms/{mechanism}/meetings/{id}/close")
	String close(@PathVariable("mechanism") String code, @PathVariable UUID id, @ModelAttribute("closing") CloseForm closing,
			RedirectAttributes redirect) {
		return step(code, id, redirect, "mechanisms.closed", () -> redirect.addFlashAttribute("closing", closing), () -> {
			MeetingOutcome outcome = closing.outcome();
			if (outcome == MeetingOutcome.POSTPONED || outcome == MeetingOutcome.NOT_HELD) {
				mechanisms.notHeld(Viewers.current(), code, id, outcome == MeetingOutcome.POSTPONED);
			}
			else {
				mechanisms.close(Viewers.current(), code, id, new CloseMeeting(outcome, closing.nextOn(),
						new Localized(closing.statement(), closing.statementRu(), closing.statementKa()), closing.source()));
			}
		});
	}

	private String step(String code, UUID id, RedirectAttributes redirect, String notice, Runnable keep, Runnable step) {
		Viewers.current().requireMediator();
		String back = "redirect:/mechanisms/" + mechanisms.mechanism(Viewers.current(), code).code() + "/meetings/" + id;
		try {
			step.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (DeskException.Invalid | DeskException.Conflict refused) {
			Refusals.flash(redirect, refused);
			if (keep != null) {
				keep.run();
			}
		}
		return back;
	}
}
