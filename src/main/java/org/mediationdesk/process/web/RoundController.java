package org.mediationdesk.process.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.mediationdesk.process.AgendaOutcomeKind;
import org.mediationdesk.process.DecisionStatus;
import org.mediationdesk.process.MeetingKind;
import org.mediationdesk.process.MeetingView;
import org.mediationdesk.process.NewMeeting;
import org.mediationdesk.process.PostponementOutcome;
import org.mediationdesk.process.RoundAction;
import org.mediationdesk.process.RoundManagement;
import org.mediationdesk.process.RoundPart;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.process.RoundView;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.shared.Localized;
import org.mediationdesk.shared.Refusals;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The public timeline of the process and the page of each round. */
@Controller
class RoundController {

	private final RoundRecord record;
	private final RoundManagement management;
	private final ParticipantDirectory directory;
	private final List<RoundPart> parts;

	RoundController(RoundRecord record, RoundManagement management, ParticipantDirectory directory,
			List<RoundPart> parts) {
		this.record = record;
		this.management = management;
		this.directory = directory;
		this.parts = parts;
	}

	@GetMapping("/rounds")
	String timeline(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("process", record.process().orElse(null));
		model.addAttribute("mayPlan", Viewers.current().isMediator());
		model.addAttribute("result", record.timeline(page));
		model.addAttribute("related", record.relatedMeetings());
		return "rounds/list";
	}

	@GetMapping("/rounds/{number}")
	String show(@PathVariable int number, Locale locale, Model model) {
		Viewer viewer = Viewers.current();
		LanguageCode language = LanguageCode.parse(locale.getLanguage()).orElse(LanguageCode.EN);
		// the parts other modules record (the communiqué, the accounts …), each as the viewer may see it
		Map<String, Object> roundParts = new HashMap<>();
		for (RoundPart part : parts) {
			Object of = part.of(viewer, number, language);
			if (of != null) {
				roundParts.put(part.name(), of);
			}
		}
		model.addAttribute("parts", roundParts);
		model.addAttribute("latest", record.latestNumber().orElse(number));
		model.addAttribute("process", record.process().orElse(null));
		model.addAttribute("round", record.round(viewer, number));
		List<MeetingView> meetings = record.meetings(viewer, number);
		model.addAttribute("meetings", meetings);
		Map<String, String> labels = directory.allGroups()
			.stream()
			.collect(Collectors.toMap(GroupView::code, group -> group.label(LanguageCode.ofInterface(locale))));
		model.addAttribute("invited", meetings.stream()
			.collect(Collectors.toMap(MeetingView::id, meeting -> String.join(", ",
					meeting.invitedGroups().stream().map(code -> labels.getOrDefault(code, code)).toList()))));
		model.addAttribute("mayPlan", viewer.isMediator());
		model.addAttribute("meetingKinds", MeetingKind.values());
		model.addAttribute("agenda", record.agenda());
		model.addAttribute("outcomeKinds", AgendaOutcomeKind.values());
		model.addAttribute("decisionStatuses", DecisionStatus.values());
		model.addAttribute("groups", directory.allGroups());
		model.addAttribute("sourceLinks", record.round(viewer, number).sources().stream().map(SourceLink::of).toList());
		return "rounds/show";
	}

	/** The round's public summary and announced agenda, in each language; an empty field is a missing version. */
	record TextsForm(String summaryEn, String summaryRu, String summaryKa, String agendaEn, String agendaRu,
			String agendaKa) {
	}

	@PostMapping("/rounds/{number}/texts")
	String editTexts(@PathVariable int number, @ModelAttribute TextsForm form, RedirectAttributes redirect) {
		return act(number, redirect, viewer -> management.editPublicTexts(viewer, number,
				new Localized(form.summaryEn(), form.summaryRu(), form.summaryKa()),
				new Localized(form.agendaEn(), form.agendaRu(), form.agendaKa())), "round.textsEdited");
	}

	/** The form to change a meeting, and to remove it while nothing is recorded in it. */
	@GetMapping("/rounds/{number}/meetings/{id}")
	String editMeeting(@PathVariable int number, @PathVariable UUID id, Model model) {
		Viewer viewer = Viewers.current().requireMediator();
		model.addAttribute("round", record.round(viewer, number));
		model.addAttribute("meeting", record.meeting(viewer, number, id));
		model.addAttribute("meetingKinds", MeetingKind.values());
		model.addAttribute("groups", directory.allGroups());
		return "rounds/meeting";
	}

	@PostMapping("/rounds/{number}/meetings/{id}")
	String changeMeeting(@PathVariable int number, @PathVariable UUID id, @ModelAttribute MeetingForm form,
			RedirectAttributes redirect) {
		Viewer viewer = Viewers.current().requireMediator();
		try {
			management.changeMeeting(viewer, number, id, form.meeting());
			redirect.addFlashAttribute("notice", "meeting.changed");
			return "redirect:/rounds/" + number + "#meetings";
		}
		catch (DeskException.Invalid | DeskException.Conflict refused) {
			refuse(redirect, refused);
			return "redirect:/rounds/" + number + "/meetings/" + id;
		}
	}

	@PostMapping("/rounds/{number}/meetings/{id}/removal")
	String removeMeeting(@PathVariable int number, @PathVariable UUID id, RedirectAttributes redirect) {
		Viewer viewer = Viewers.current().requireMediator();
		try {
			management.removeMeeting(viewer, number, id);
			redirect.addFlashAttribute("notice", "meeting.removed");
			return "redirect:/rounds/" + number + "#meetings";
		}
		catch (DeskException.Invalid | DeskException.Conflict refused) {
			refuse(redirect, refused);
			return "redirect:/rounds/" + number + "/meetings/" + id;
		}
	}

	/** The field of the forms each refusal is about, so that the page puts the message by it. */
	private static final Map<String, String> FIELDS = Map.ofEntries(
			Map.entry("meeting.kindRequired", "kind"), Map.entry("meeting.topicRequired", "topic"),
			Map.entry("meeting.topicTooLong", "topic"), Map.entry("meeting.placeTooLong", "place"),
			Map.entry("meeting.coModeratorsTooLong", "coModerators"),
			Map.entry("meeting.invitedRequired", "invitedGroups"),
			Map.entry("meeting.groupUnknown", "invitedGroups"),
			Map.entry("meeting.tooManyInvited", "invitedGroups"),
			Map.entry("meeting.outsideRound", "heldOn"),
			Map.entry("meeting.roundWithoutDates", "heldOn"),
			Map.entry("round.startRequired", "start"), Map.entry("round.endsBeforeStart", "end"),
			Map.entry("round.venueTooLong", "venue"), Map.entry("round.reasonRequired", "reason"),
			Map.entry("round.reasonTooLong", "reason"));

	private static void refuse(RedirectAttributes redirect, DeskException refused) {
		Refusals.flash(redirect, refused);
		String field = FIELDS.get(refused.code());
		if (field != null) {
			redirect.addFlashAttribute("problemField", field);
		}
	}

	/** The co-chairs' forms. Dates are ISO (YYYY-MM-DD); a refusal is shown on the page it came from. */
	record ConveneForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate end, String venue, Boolean pendingConfirmation) {
	}

	record PostponeForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newStart,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newEnd, String reason, Boolean moveMeetings) {
	}

	record StatusForm(RoundAction action, String reason) {
	}

	record MeetingForm(MeetingKind kind, String topic, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			@DateTimeFormat(iso = DateTimeFormat.ISO.TIME, fallbackPatterns = "HH:mm") LocalTime startsAt, String place,
			String coModerators, List<String> invitedGroups) {

		NewMeeting meeting() {
			return new NewMeeting(kind, topic, heldOn, startsAt, place, coModerators, invitedGroups);
		}
	}

	@PostMapping("/rounds")
	String convene(@ModelAttribute ConveneForm form, RedirectAttributes redirect) {
		Viewer viewer = Viewers.current().requireMediator();
		try {
			RoundView round = management.convene(viewer, form.start(), form.end(), form.venue(),
					Boolean.TRUE.equals(form.pendingConfirmation()));
			redirect.addFlashAttribute("notice", "round.convened");
			return "redirect:/rounds/" + round.number();
		}
		catch (DeskException.Invalid | DeskException.Conflict refused) {
			refuse(redirect, refused);
			return "redirect:/rounds#convene";
		}
	}

	@PostMapping("/rounds/{number}/postponement")
	String postpone(@PathVariable int number, @ModelAttribute PostponeForm form, RedirectAttributes redirect) {
		Viewer viewer = Viewers.current().requireMediator();
		try {
			PostponementOutcome outcome = management.postpone(viewer, number, form.newStart(), form.newEnd(), form.reason(),
					Boolean.TRUE.equals(form.moveMeetings()));
			redirect.addFlashAttribute("notice", "round.postponed");
			redirect.addFlashAttribute("keptTheirDates", outcome.meetingsKeepingTheirDates());
			redirect.addFlashAttribute("movedMeetings", outcome.meetingsMoved());
		}
		catch (DeskException.Invalid | DeskException.Conflict refused) {
			refuse(redirect, refused);
		}
		return "redirect:/rounds/" + number;
	}

	@PostMapping("/rounds/{number}/status")
	String change(@PathVariable int number, @ModelAttribute StatusForm form, RedirectAttributes redirect) {
		return act(number, redirect, viewer -> management.change(viewer, number, form.action(), form.reason()),
				"round.changed");
	}

	record OutcomeForm(String itemCode, AgendaOutcomeKind outcome) {
	}

	record DecisionForm(String text, DecisionStatus status,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn) {
	}

	@PostMapping("/rounds/{number}/outcomes")
	String recordOutcome(@PathVariable int number, @ModelAttribute OutcomeForm form, RedirectAttributes redirect) {
		return act(number, redirect, viewer -> management.recordOutcome(viewer, number, form.itemCode(), form.outcome()),
				"round.outcomeRecorded");
	}

	@PostMapping("/rounds/{number}/decisions")
	String recordDecision(@PathVariable int number, @ModelAttribute DecisionForm form, RedirectAttributes redirect) {
		return act(number, redirect, viewer -> management.recordDecision(viewer, number, form.text(), form.status(),
				form.decidedOn()), "round.decisionRecorded");
	}

	@PostMapping("/rounds/{number}/meetings")
	String addMeeting(@PathVariable int number, @ModelAttribute MeetingForm form, RedirectAttributes redirect) {
		Viewer viewer = Viewers.current().requireMediator();
		try {
			management.addMeeting(viewer, number, form.meeting());
			redirect.addFlashAttribute("notice", "meeting.added");
			return "redirect:/rounds/" + number + "#meetings";
		}
		catch (DeskException.Invalid | DeskException.Conflict refused) {
			refuse(redirect, refused);
			return "redirect:/rounds/" + number + "#add-meeting";
		}
	}

	private String act(int number, RedirectAttributes redirect, Consumer<Viewer> action,
			String notice) {
		Viewer viewer = Viewers.current().requireMediator();
		try {
			action.accept(viewer);
			redirect.addFlashAttribute("notice", notice);
		}
		catch (DeskException.Invalid | DeskException.Conflict refused) {
			refuse(redirect, refused);
		}
		return "redirect:/rounds/" + number;
	}
}
