package org.mediationdesk.incidents.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.incidents.Counts;
import org.mediationdesk.incidents.IncidentAction;
import org.mediationdesk.incidents.IncidentFilter;
import org.mediationdesk.incidents.IncidentCharts;
import org.mediationdesk.incidents.IncidentDuplicates;
import org.mediationdesk.incidents.IncidentKind;
import org.mediationdesk.incidents.IncidentPage;
import org.mediationdesk.incidents.IncidentMeetings;
import org.mediationdesk.incidents.IncidentNotes;
import org.mediationdesk.incidents.IncidentRegister;
import org.mediationdesk.incidents.Mechanisms;
import org.mediationdesk.incidents.IncidentView;
import org.mediationdesk.incidents.NewIncident;
import org.mediationdesk.incidents.NewIncidentAccount;
import org.mediationdesk.incidents.Place;
import org.mediationdesk.incidents.PlacePrecision;
import org.mediationdesk.incidents.TimePrecision;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
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

/**
 * The register's pages: the list with its filters, an incident with its accounts side by side, and the forms to
 * report one, give an account and move it in its review. Whoever sees no register finds no register (404).
 */
@Controller
class IncidentsController {

	private final IncidentRegister register;
	private final Mechanisms mechanisms;
	private final IncidentMeetings meetings;
	private final IncidentDuplicates duplicates;
	private final IncidentCharts charts;
	private final List<IncidentNotes> notes;

	IncidentsController(IncidentRegister register, Mechanisms mechanisms, IncidentMeetings meetings,
			IncidentDuplicates duplicates, IncidentCharts charts, List<IncidentNotes> notes) {
		this.charts = charts;
		this.mechanisms = mechanisms;
		this.register = register;
		this.meetings = meetings;
		this.duplicates = duplicates;
		this.notes = notes;
	}

	/** Figures as the forms send them: for each count its low, best and high estimate. */
	record FigureFields(Integer deadLow, Integer deadBest, Integer deadHigh, Integer woundedLow, Integer woundedBest,
			Integer woundedHigh, Integer detainedLow, Integer detainedBest, Integer detainedHigh) {

		Counts toCounts() {
			return new Counts(new Counts.Count(deadLow, deadBest, deadHigh),
					new Counts.Count(woundedLow, woundedBest, woundedHigh),
					new Counts.Count(detainedLow, detainedBest, detainedHigh));
		}
	}

	record ReportForm(String mechanism, IncidentKind kind, String occurredAt, TimePrecision timePrecision,
			String placeName, PlacePrecision placePrecision, Double lat, Double lon, String actor1, String actor2,
			Integer deadLow, Integer deadBest, Integer deadHigh, Integer woundedLow, Integer woundedBest,
			Integer woundedHigh, Integer detainedLow, Integer detainedBest, Integer detainedHigh, String summary,
			String sources) {

		NewIncident toIncident() {
			return new NewIncident(mechanism, kind, List.of(), occurredAt, timePrecision,
					new Place(placeName, placePrecision, lat, lon), actor1, actor2, new FigureFields(deadLow, deadBest,
							deadHigh, woundedLow, woundedBest, woundedHigh, detainedLow, detainedBest, detainedHigh).toCounts(),
					summary, sources);
		}
	}

	record AccountForm(String text, String sources, String responsible, Integer deadLow, Integer deadBest,
			Integer deadHigh, Integer woundedLow, Integer woundedBest, Integer woundedHigh, Integer detainedLow,
			Integer detainedBest, Integer detainedHigh) {

		NewIncidentAccount toAccount() {
			return new NewIncidentAccount(text, sources, responsible, new FigureFields(deadLow, deadBest, deadHigh,
					woundedLow, woundedBest, woundedHigh, detainedLow, detainedBest, detainedHigh).toCounts());
		}
	}

	record ReviewForm(IncidentAction step, String outcome) {
	}

	@GetMapping("/incidents")
	String list(@RequestParam(required = false) String mechanism, @RequestParam(required = false) IncidentKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		Viewer viewer = Viewers.current();
		List<String> registers = register.registers(viewer);
		if (registers.isEmpty()) {
			throw new DeskException.NotFound();
		}
		IncidentFilter filter = new IncidentFilter(mechanism, kind, from, to);
		model.addAttribute("filter", filter);
		IncidentPage result = register.list(viewer, filter, page, LanguageCode.ofInterface(locale));
		model.addAttribute("result", result);
		model.addAttribute("duplicates", duplicates.flagged(viewer, result.items()));
		model.addAttribute("monthly", charts.monthly(viewer, filter));
		model.addAttribute("places", charts.places(viewer, filter));
		model.addAttribute("registers", registers);
		// each register by its mechanism's name in the reader's language, never by its code
		Map<String, String> names = new HashMap<>();
		mechanisms.list(viewer).forEach(found -> names.put(found.code(), found.name().get(LanguageCode.ofInterface(locale))));
		model.addAttribute("registerNames", names);
		model.addAttribute("kinds", IncidentKind.values());
		model.addAttribute("timePrecisions", TimePrecision.values());
		model.addAttribute("placePrecisions", PlacePrecision.values());
		if (!model.containsAttribute("report")) {
			model.addAttribute("report", new ReportForm(registers.get(0), IncidentKind.DETENTION, "", TimePrecision.DAY,
					"", PlacePrecision.NEAR, null, null, "", "", null, null, null, null, null, null, null, null, null, "", ""));
		}
		return "incidents/list";
	}

	@PostMapping("/incidents")
	String report(@ModelAttribute("report") ReportForm form, Locale locale, RedirectAttributes redirect) {
		try {
			IncidentView reported = register.report(Viewers.current(), form.toIncident(), LanguageCode.ofInterface(locale));
			redirect.addFlashAttribute("notice", "incidents.reported");
			return "redirect:/incidents/" + reported.publicId();
		}
		catch (DeskException.Invalid | DeskException.Conflict refused) {
			Refusals.flash(redirect, refused);
			redirect.addFlashAttribute("report", form);
			return "redirect:/incidents";
		}
	}

	record ReviewMeetingForm(UUID meeting) {
	}

	@GetMapping("/incidents/{id}")
	String show(@PathVariable String id, Locale locale, Model model, RedirectAttributes redirect) {
		Viewer viewer = Viewers.current();
		IncidentView incident = register.incident(viewer, id, LanguageCode.ofInterface(locale));
		if (incident.mergedIds().contains(id.strip().toUpperCase(Locale.ROOT))) {
			// a duplicate's public id leads to the incident it was merged into, saying so
			redirect.addFlashAttribute("notice", "incidents.wasMerged");
			redirect.addFlashAttribute("noticeArguments", new Object[] { id.strip().toUpperCase(Locale.ROOT),
					incident.publicId() });
			return "redirect:/incidents/" + incident.publicId();
		}
		model.addAttribute("incident", incident);
		model.addAttribute("meetings", meetings.meetings(viewer, incident.publicId()));
		model.addAttribute("duplicates", duplicates.of(viewer, incident));
		model.addAttribute("notes", notes.stream().flatMap(source -> source.notes(viewer, incident).stream()).toList());
		model.addAttribute("reviewChoices", incident.offers("PUT_ON_REVIEW") ? meetings.reviewChoices(viewer, incident)
				: List.of());
		if (!model.containsAttribute("account")) {
			model.addAttribute("account", new AccountForm("", "", "", null, null, null, null, null, null, null, null, null));
		}
		return "incidents/show";
	}

	@PostMapping("/incidents/{id}/accounts")
	String give(@PathVariable String id, @ModelAttribute("account") AccountForm form, Locale locale,
			RedirectAttributes redirect) {
		IncidentView incident = register.incident(Viewers.current(), id, LanguageCode.ofInterface(locale));
		try {
			register.give(Viewers.current(), id, form.toAccount(), LanguageCode.ofInterface(locale));
			redirect.addFlashAttribute("notice", "incidents.accountGiven");
		}
		catch (DeskException.Invalid | DeskException.Conflict refused) {
			Refusals.flash(redirect, refused);
			redirect.addFlashAttribute("account", form);
		}
		return "redirect:/incidents/" + incident.publicId();
	}

	@PostMapping("/incidents/{id}/meetings")
	String putOnReview(@PathVariable String id, @ModelAttribute ReviewMeetingForm form, Locale locale,
			RedirectAttributes redirect) {
		Viewers.current().requireMediator();
		IncidentView incident = register.incident(Viewers.current(), id, LanguageCode.ofInterface(locale));
		try {
			meetings.putOnReview(Viewers.current(), id, form.meeting(), LanguageCode.ofInterface(locale));
			redirect.addFlashAttribute("notice", "incidents.putOnReview");
		}
		catch (DeskException.Invalid | DeskException.Conflict refused) {
			Refusals.flash(redirect, refused);
		}
		return "redirect:/incidents/" + incident.publicId();
	}

	@PostMapping("/incidents/{id}/review")
	String review(@PathVariable String id, @ModelAttribute ReviewForm form, Locale locale, RedirectAttributes redirect) {
		Viewers.current().requireMediator();
		IncidentView incident = register.incident(Viewers.current(), id, LanguageCode.ofInterface(locale));
		try {
			register.review(Viewers.current(), id, form.step(), form.outcome(), LanguageCode.ofInterface(locale));
			redirect.addFlashAttribute("notice", "incidents.reviewed");
		}
		catch (DeskException.Invalid | DeskException.Conflict refused) {
			Refusals.flash(redirect, refused);
		}
		return "redirect:/incidents/" + incident.publicId();
	}
}
