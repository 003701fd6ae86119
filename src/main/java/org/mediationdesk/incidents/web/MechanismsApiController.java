package org.mediationdesk.incidents.web;

import java.time.LocalDate;
import java.util.List;

import org.mediationdesk.identity.Viewers;
import org.mediationdesk.incidents.MechanismMeetingView;
import org.mediationdesk.incidents.MechanismView;
import org.mediationdesk.incidents.Mechanisms;
import org.mediationdesk.incidents.NewMechanism;
import org.mediationdesk.incidents.NewMechanismMeeting;
import org.mediationdesk.shared.Localized;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The incident mechanisms and their meetings in JSON: public to read, as a viewer may see them. */
@RestController
@RequestMapping("/api/v1/mechanisms")
class MechanismsApiController {

	private final Mechanisms mechanisms;

	MechanismsApiController(Mechanisms mechanisms) {
		this.mechanisms = mechanisms;
	}

	/** A suspension: from which day, why (EN required; RU and KA optional) and the published statement's address. */
	record SuspendMechanism(LocalDate from, Localized reason, String source) {
	}

	/** A resumption: the day the mechanism met again. */
	record ResumeMechanism(LocalDate on) {
	}

	@Operation(summary = "The incident prevention and response mechanisms, with their facilitators, groups and suspension periods",
			responses = @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "Gali, suspended",
			value = "[{\"code\": \"GAL\", \"name\": {\"en\": \"Gali Incident Prevention and Response Mechanism\"},"
					+ " \"facilitators\": [\"UN\"], \"rhythm\": \"MONTHLY\", \"currentSuspension\": {\"from\": \"2018-06-27\"},"
					+ " \"inCircle\": false}]"))))
	@GetMapping
	List<MechanismView> list() {
		return mechanisms.list(Viewers.current());
	}

	@Operation(summary = "Registers a mechanism (co-chairs and secretariat): code, names, theatre, facilitators, groups, hotline operator, rhythm",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
			name = "A mechanism", value = "{\"code\": \"TST\", \"name\": {\"en\": \"Test Incident Prevention and Response Mechanism\"},"
					+ " \"theatre\": {\"en\": \"The test line\"}, \"facilitators\": [\"EU\", \"OSCE\"],"
					+ " \"groups\": [\"3677d370-b7d3-4f44-a1c3-079c4f491b14\", \"5f0c2a7e-9d1b-4c55-8f0e-2a1d3c4b5e6f\"],"
					+ " \"hotlineOperator\": {\"en\": \"EU Monitoring Mission\"}, \"rhythm\": \"MONTHLY\"}"))))
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	MechanismView register(@RequestBody NewMechanism mechanism) {
		return mechanisms.register(Viewers.current(), mechanism);
	}

	@Operation(summary = "A mechanism by its id or its code")
	@GetMapping("/{id}")
	MechanismView get(@Parameter(example = "ERG") @PathVariable String id) {
		return mechanisms.mechanism(Viewers.current(), id);
	}

	@Operation(summary = "A mechanism's meetings, latest first: that each took place and its outcome for everyone, its internals for the mechanism's circle")
	@GetMapping("/{id}/meetings")
	List<MechanismMeetingView> meetings(@Parameter(example = "GAL") @PathVariable String id) {
		return mechanisms.meetings(Viewers.current(), id);
	}

	@Operation(summary = "Records that a mechanism is suspended from a day (co-chairs and secretariat), with the reason and the published statement's address",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
			name = "Gali, June 2018", value = "{\"from\": \"2018-06-27\", \"reason\": {\"en\": \"The meetings were suspended as the"
					+ " agenda was not agreed.\"}, \"source\": \"https://civil.ge/archives/245157\"}"))))
	@PostMapping("/{id}/suspensions")
	@ResponseStatus(HttpStatus.CREATED)
	MechanismView suspend(@Parameter(example = "GAL") @PathVariable String id, @RequestBody SuspendMechanism suspension) {
		return mechanisms.suspend(Viewers.current(), id, suspension.from(), suspension.reason(), suspension.source());
	}

	@Operation(summary = "Records that a suspended mechanism resumed its work on a day (co-chairs and secretariat)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
			name = "Met again", value = "{\"on\": \"2019-12-12\"}"))))
	@PostMapping("/{id}/resumption")
	MechanismView resume(@Parameter(example = "GAL") @PathVariable String id, @RequestBody ResumeMechanism resumption) {
		return mechanisms.resume(Viewers.current(), id, resumption.on());
	}

	@Operation(summary = "Schedules a meeting of a mechanism (co-chairs and secretariat), numbered next in its kind's series",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
			name = "The next regular meeting", value = "{\"kind\": \"REGULAR\", \"heldOn\": \"2026-12-17\", \"venue\": \"Ergneti\","
					+ " \"agenda\": [\"Access to irrigation water\"]}"))))
	@PostMapping("/{id}/meetings")
	@ResponseStatus(HttpStatus.CREATED)
	MechanismMeetingView schedule(@Parameter(example = "ERG") @PathVariable String id,
			@RequestBody NewMechanismMeeting meeting) {
		return mechanisms.schedule(Viewers.current(), id, meeting);
	}
}
