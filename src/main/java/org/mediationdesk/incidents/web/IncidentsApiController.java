package org.mediationdesk.incidents.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.mediationdesk.identity.Viewers;
import org.mediationdesk.incidents.IncidentAction;
import org.mediationdesk.incidents.IncidentFilter;
import org.mediationdesk.incidents.IncidentDuplicates;
import org.mediationdesk.incidents.IncidentKind;
import org.mediationdesk.incidents.IncidentMeetings;
import org.mediationdesk.incidents.MeetingLink;
import org.mediationdesk.incidents.IncidentPage;
import org.mediationdesk.incidents.IncidentRegister;
import org.mediationdesk.incidents.IncidentView;
import org.mediationdesk.incidents.NewIncident;
import org.mediationdesk.incidents.NewIncidentAccount;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;

/** The incident register in JSON, for the circle of each mechanism; to anyone else an incident does not exist. */
@RestController
@RequestMapping("/api/v1/incidents")
class IncidentsApiController {

	private final IncidentRegister register;
	private final IncidentMeetings meetings;
	private final IncidentDuplicates duplicates;

	IncidentsApiController(IncidentRegister register, IncidentMeetings meetings, IncidentDuplicates duplicates) {
		this.register = register;
		this.meetings = meetings;
		this.duplicates = duplicates;
	}

	/** The incident a duplicate is merged into, by its public id or id. */
	record MergeInto(String into) {
	}

	/** The meeting whose review of past incidents takes the incident up. */
	record ReviewMeeting(UUID meeting) {
	}

	/**
	 * A step of the review: {@code PUT_UNDER_REVIEW}, {@code VERIFY}, {@code FIND_UNVERIFIABLE}, {@code CLOSE}, or
	 * {@code OPEN_CASE} (it becomes a long-lived case, followed up at every meeting until it is closed).
	 */
	record ReviewStep(IncidentAction step, String outcome) {
	}

	@Operation(summary = "The incidents of the registers the caller sees, latest first, filtered by mechanism, kind and days, a page at a time")
	@GetMapping
	IncidentPage list(@Parameter(example = "ERG") @RequestParam(required = false) String mechanism,
			@Parameter(example = "DETENTION") @RequestParam(required = false) IncidentKind kind,
			@Parameter(example = "2026-01-01") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(example = "2026-12-31") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Locale locale) {
		return register.list(Viewers.current(), new IncidentFilter(mechanism, kind, from, to), page,
				LanguageCode.ofInterface(locale));
	}

	@Operation(summary = "Reports an incident to a mechanism's register: a side with its own account, the co-chairs and secretariat with the facilitators' neutral summary",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
			name = "A detention, reported with figures", value = "{\"mechanism\": \"ERG\", \"kind\": \"DETENTION\","
					+ " \"occurredAt\": \"2026-03-14T06:30:00Z\", \"timePrecision\": \"EXACT\","
					+ " \"place\": {\"name\": \"near Khurvaleti\", \"precision\": \"NEAR\"},"
					+ " \"casualties\": {\"detained\": {\"low\": 1, \"best\": 2, \"high\": 2}},"
					+ " \"summary\": \"Two residents were detained near the line while collecting firewood.\"}"))))
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	IncidentView report(@RequestBody NewIncident incident, Locale locale) {
		return register.report(Viewers.current(), incident, LanguageCode.ofInterface(locale));
	}

	@Operation(summary = "An incident by its id or public id, with every account side by side")
	@GetMapping("/{id}")
	IncidentView get(@Parameter(example = "ERG-2026-0001") @PathVariable String id, Locale locale) {
		return register.incident(Viewers.current(), id, LanguageCode.ofInterface(locale));
	}

	@Operation(summary = "Gives the caller's account of an incident: a participant their group's, the co-chairs and secretariat the facilitators'",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
			name = "A side's account", value = "{\"text\": \"Our account: one resident was held for crossing, and released.\","
					+ " \"sources\": \"Statement of 15 March\", \"responsible\": \"The other side's security actors\","
					+ " \"casualties\": {\"detained\": {\"best\": 1}}}"))))
	@PostMapping("/{id}/accounts")
	@ResponseStatus(HttpStatus.CREATED)
	IncidentView give(@Parameter(example = "ERG-2026-0001") @PathVariable String id,
			@RequestBody NewIncidentAccount account, Locale locale) {
		return register.give(Viewers.current(), id, account, LanguageCode.ofInterface(locale));
	}

	@Operation(summary = "Moves an incident in its review (co-chairs and secretariat): under review, verified, unverifiable, closed with its outcome",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
			name = "Closed", value = "{\"step\": \"CLOSE\", \"outcome\": \"Both persons were released after a joint visit.\"}"))))
	@PostMapping("/{id}/review")
	IncidentView review(@Parameter(example = "ERG-2026-0001") @PathVariable String id, @RequestBody ReviewStep step,
			Locale locale) {
		return register.review(Viewers.current(), id, step == null ? null : step.step(), step == null ? null : step.outcome(),
				LanguageCode.ofInterface(locale));
	}

	@Operation(summary = "The meetings of its mechanism that dealt with an incident, the earliest first: under the review of past incidents, or the follow-up of open cases while it was an open case")
	@GetMapping("/{id}/meetings")
	List<MeetingLink> meetings(@Parameter(example = "ERG-2026-0001") @PathVariable String id) {
		return meetings.meetings(Viewers.current(), id);
	}

	@Operation(summary = "Puts an incident on the review of past incidents of a meeting of its mechanism (co-chairs and secretariat)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
			name = "The next meeting", value = "{\"meeting\": \"0b6f3c1e-5d1a-4c8e-9a57-2f1d7e0c9b42\"}"))))
	@PostMapping("/{id}/meetings")
	IncidentView putOnReview(@Parameter(example = "ERG-2026-0001") @PathVariable String id,
			@RequestBody ReviewMeeting meeting, Locale locale) {
		return meetings.putOnReview(Viewers.current(), id, meeting == null ? null : meeting.meeting(),
				LanguageCode.ofInterface(locale));
	}

	@Operation(summary = "Merges a duplicate into another incident of its mechanism (co-chairs and secretariat): the other keeps its public id and every account of both; the duplicate's id leads to it",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
			name = "Into the first report", value = "{\"into\": \"ERG-2026-0001\"}"))))
	@PostMapping("/{id}/merge")
	IncidentView merge(@Parameter(example = "ERG-2026-0002") @PathVariable String id, @RequestBody MergeInto into,
			Locale locale) {
		return duplicates.merge(Viewers.current(), id, into == null ? null : into.into(), LanguageCode.ofInterface(locale));
	}
}
