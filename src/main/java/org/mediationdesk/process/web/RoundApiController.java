package org.mediationdesk.process.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;

import org.mediationdesk.process.AgendaOutcomeKind;
import org.mediationdesk.process.DecisionStatus;
import org.mediationdesk.process.MeetingKind;
import org.mediationdesk.process.MeetingView;
import org.mediationdesk.process.NewMeeting;
import org.mediationdesk.process.PostponementOutcome;
import org.mediationdesk.process.RelatedMeetingView;
import org.mediationdesk.process.RoundAction;
import org.mediationdesk.process.RoundManagement;
import org.mediationdesk.process.RoundPage;
import org.mediationdesk.process.RoundPart;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.process.RoundView;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.mediationdesk.shared.Localized;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.LocalTime;

/** The timeline and the rounds over JSON, each as the caller may see it. */
@RestController
@RequestMapping("/api/v1/rounds")
class RoundApiController {

	private final RoundRecord record;
	private final RoundManagement management;
	private final List<RoundPart> parts;
	private final JsonMapper json;

	RoundApiController(RoundRecord record, RoundManagement management, List<RoundPart> parts, JsonMapper json) {
		this.record = record;
		this.management = management;
		this.parts = parts;
		this.json = json;
	}

	@Operation(summary = "The rounds, newest first, a page at a time: each with its dates, status and public summary",
			responses = @ApiResponse(responseCode = "200", content = @Content(
					examples = @ExampleObject(name = "The latest round", value = "{\"items\": [{\"number\": 64, \"startDate\": \"2025-06-25\", \"endDate\": \"2025-06-26\", \"status\": \"HELD\","
							+ " \"venue\": \"Geneva\", \"publicSummary\": \"New air and rail links to Sukhum(i) were raised.\"}],"
							+ " \"page\": 0, \"pageSize\": 20, \"total\": 64}"))))
	@GetMapping
	RoundPage timeline(@RequestParam(defaultValue = "0") int page) {
		return record.timeline(page);
	}

	@Operation(summary = "Meetings about the process that are not its rounds, newest first",
			responses = @ApiResponse(responseCode = "200", content = @Content(
					examples = @ExampleObject(name = "Consultations between rounds", value = "[{\"title\": \"Consultations in Moscow on aligning approaches to the talks\", \"heldOn\": null,"
							+ " \"dateNote\": \"Early October 2024\", \"place\": \"Moscow\", \"groups\": [\"RU\", \"AB\", \"SO\"]}]"))))
	@GetMapping("/related-meetings")
	List<RelatedMeetingView> relatedMeetings() {
		return record.relatedMeetings();
	}

	/**
	 * The round with its meetings, and the parts other modules record (attendance, accounts), each as the
	 * caller may see it.
	 */
	@Operation(summary = "A round with its meetings and the parts the other modules record (attendance, accounts, communiqué), each as the caller may see it")
	@GetMapping("/{number}")
	Map<String, Object> round(@PathVariable int number, Locale locale) {
		Viewer viewer = Viewers.current();
		Map<String, Object> round = new LinkedHashMap<>(json.convertValue(record.round(viewer, number),
				new TypeReference<Map<String, Object>>() {
				}));
		round.put("meetings", record.meetings(viewer, number));
		LanguageCode language = LanguageCode.ofInterface(locale);
		for (RoundPart part : parts) {
			round.put(part.name(), part.of(viewer, number, language));
		}
		return round;
	}

	record NewRound(LocalDate start, LocalDate end, String venue, Boolean pendingConfirmation) {
	}

	/** {@code moveMeetings}: move the round's meetings with it by as many days (by default they keep their dates). */
	record Postponement(LocalDate newStart, LocalDate newEnd, String reason, Boolean moveMeetings) {
	}

	record StatusChange(RoundAction action, String reason) {
	}

	@Operation(summary = "Convenes the next round, numbered after the last (co-chairs)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					examples = @ExampleObject(name = "Two days in Geneva, to be confirmed", value = "{\"start\": \"2027-03-02\", \"end\": \"2027-03-03\", \"venue\": \"Geneva\", \"pendingConfirmation\": true}"))))
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	RoundView convene(@RequestBody NewRound round) {
		return management.convene(Viewers.current(), round.start(), round.end(), round.venue(),
				Boolean.TRUE.equals(round.pendingConfirmation()));
	}

	@Operation(summary = "Postpones a round, keeping its number; with moveMeetings, its meetings move with it",
			description = "Answers the round with the meetings moved and those that kept their dates (not moved, or "
					+ "that would fall outside the new dates). 409 when the round's status allows no postponement.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					examples = @ExampleObject(name = "One week later, meetings moved", value = """
							{"newStart": "2027-03-09", "newEnd": "2027-03-10",
							 "reason": "Dates agreed after consultations", "moveMeetings": true}"""))))
	@PostMapping("/{number}/postponement")
	PostponementOutcome postpone(@PathVariable int number, @RequestBody Postponement postponement) {
		return management.postpone(Viewers.current(), number, postponement.newStart(), postponement.newEnd(),
				postponement.reason(), Boolean.TRUE.equals(postponement.moveMeetings()));
	}

	@Operation(summary = "Moves a round on: awaits confirmation, confirmed, held, suspended, or collapsed (co-chairs)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					examples = @ExampleObject(name = "The round did not take place", value = "{\"action\": \"RECORD_COLLAPSE\", \"reason\": \"No agreement on who may sit at the table\"}"))))
	@PostMapping("/{number}/status")
	RoundView change(@PathVariable int number, @RequestBody StatusChange change) {
		return management.change(Viewers.current(), number, change.action(), change.reason());
	}

	record NewOutcome(String itemCode, AgendaOutcomeKind outcome) {
	}

	record NewDecision(String text, DecisionStatus status, LocalDate decidedOn) {
	}

	@Operation(summary = "Records what became of an agenda item at a round (co-chairs)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					examples = @ExampleObject(name = "An item left after a walkout", value = "{\"itemCode\": \"IDP\", \"outcome\": \"NOT_DISCUSSED_WALKOUT\"}"))))
	@PostMapping("/{number}/outcomes")
	RoundView recordOutcome(@PathVariable int number, @RequestBody NewOutcome outcome) {
		return management.recordOutcome(Viewers.current(), number, outcome.itemCode(), outcome.outcome());
	}

	@Operation(summary = "Records a decision of a round, agreed or pending confirmation (co-chairs)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					examples = @ExampleObject(name = "The next round", value = "{\"text\": \"The next round will be held in June 2027.\", \"status\": \"PENDING_CONFIRMATION\","
							+ " \"decidedOn\": \"2027-03-03\"}"))))
	@PostMapping("/{number}/decisions")
	RoundView recordDecision(@PathVariable int number, @RequestBody NewDecision decision) {
		return management.recordDecision(Viewers.current(), number, decision.text(), decision.status(),
				decision.decidedOn());
	}

	/** The round's public summary and announced agenda, each in English, Russian and Georgian. */
	record PublicTexts(Localized summary, Localized agenda) {
	}

	@Operation(summary = "Rewrites a round's public summary and announced agenda in every language (co-chairs)",
			description = "A version left out or empty is missing: the pages show the English one and say so. "
					+ "The English version is the master: a translation without it is refused (400).",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					examples = @ExampleObject(name = "Round 64", value = """
							{"summary": {"en": "New air and rail links were raised.",
							 "ru": "Обсуждались новые авиа- и железнодорожные сообщения.",
							 "ka": "განხილულ იქნა ახალი საჰაერო და სარკინიგზო მიმოსვლა."},
							 "agenda": {"en": "Working Group I: situation on the ground", "ru": null, "ka": null}}"""))))
	@PutMapping("/{number}/texts")
	RoundView editTexts(@PathVariable int number, @RequestBody PublicTexts texts) {
		return management.editPublicTexts(Viewers.current(), number, texts.summary(), texts.agenda());
	}

	@Operation(summary = "The meetings of a round that the caller may see")
	@GetMapping("/{number}/meetings")
	List<MeetingView> meetings(@PathVariable int number) {
		record.round(Viewers.current(), number);
		return record.meetings(Viewers.current(), number);
	}

	@Operation(summary = "Adds a meeting to a round",
			description = "A topic is needed for an information session, a sideline meeting, an expert group or a "
					+ "shuttle visit; at least one group is invited; the day lies within the round's dates.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					examples = @ExampleObject(name = "An information session", value = MEETING_EXAMPLE))))
	@PostMapping("/{number}/meetings")
	@ResponseStatus(HttpStatus.CREATED)
	MeetingView addMeeting(@PathVariable int number, @RequestBody NewMeeting meeting) {
		return management.addMeeting(Viewers.current(), number, meeting);
	}

	static final String MEETING_EXAMPLE = """
			{"kind": "INFORMATION_SESSION", "topic": "Water and the environment", "heldOn": "2027-03-02",
			 "startsAt": "15:30", "place": "Palais des Nations, room XII",
			 "coModerators": "the EU and OSCE co-chairs", "invitedGroups": ["GE", "AB", "SO", "RU", "US"]}""";

	/**
	 * A change to a meeting: the fields given replace the meeting's; a field left out (or {@code null}) stays as
	 * it is, and an empty text clears it.
	 */
	record MeetingChange(MeetingKind kind, String topic, LocalDate heldOn, LocalTime startsAt, String place,
			String coModerators, List<String> invitedGroups) {
	}

	@Operation(summary = "Changes a meeting of a round (audited)",
			description = "Only the fields given change. The same rules as for a new meeting hold (400 with the "
					+ "reason); a meeting the caller may not change answers 404.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					examples = @ExampleObject(name = "Moved to the afternoon, in another room", value = """
							{"startsAt": "14:00", "place": "Palais des Nations, room VII"}"""))))
	@PatchMapping("/{number}/meetings/{id}")
	MeetingView changeMeeting(@PathVariable int number, @PathVariable UUID id,
			@RequestBody(required = false) MeetingChange change) {
		Viewer viewer = Viewers.current().requireMediator();
		MeetingView now = record.meeting(viewer, number, id);
		MeetingChange given = change == null ? new MeetingChange(null, null, null, null, null, null, null) : change;
		return management.changeMeeting(viewer, number, id, new NewMeeting(
				given.kind() != null ? given.kind() : now.kind(),
				given.topic() != null ? given.topic() : now.topic(),
				given.heldOn() != null ? given.heldOn() : now.heldOn(),
				given.startsAt() != null ? given.startsAt() : now.startsAt(),
				given.place() != null ? given.place() : now.place(),
				given.coModerators() != null ? given.coModerators() : now.coModerators(),
				given.invitedGroups() != null ? given.invitedGroups() : now.invitedGroups()));
	}

	@Operation(summary = "Removes a meeting in which nothing is recorded yet (audited)",
			description = "409 with the reason when attendance is recorded in it: correct the record instead.")
	@DeleteMapping("/{number}/meetings/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeMeeting(@PathVariable int number, @PathVariable UUID id) {
		management.removeMeeting(Viewers.current().requireMediator(), number, id);
	}
}
