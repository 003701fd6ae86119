package org.mediationdesk.hotline.web;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.mediationdesk.hotline.ActivationView;
import org.mediationdesk.hotline.EscalationStep;
import org.mediationdesk.hotline.EscalationTarget;
import org.mediationdesk.hotline.Hotline;
import org.mediationdesk.hotline.HotlineLog;
import org.mediationdesk.hotline.LogEntry;
import org.mediationdesk.hotline.NewActivation;
import org.mediationdesk.identity.Viewers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;

/**
 * The hotline in JSON, for each mechanism's circle; to anyone else an activation, a log or a chain does not exist.
 * A step that is not the caller's now answers 409 with the reason.
 */
@RestController
@RequestMapping("/api/v1/hotline")
class HotlineApiController {

	private static final String ACTIVATION = "0f8fad5b-d9cb-469f-a165-70867728950e";

	private final Hotline hotline;
	private final HotlineLog log;

	HotlineApiController(Hotline hotline, HotlineLog log) {
		this.hotline = hotline;
		this.log = log;
	}

	/** A response's text. */
	record Response(String text) {
	}

	/** A step of an escalation chain: minutes after the deadline to acknowledge, whom it tells. */
	record ChainStep(int delayMinutes, EscalationTarget target, List<String> accounts) {
	}

	@Operation(summary = "Activates a mechanism's hotline: to one or more of its groups, with a subject, a message, an urgency, optionally an incident of the mechanism and the kind (a message, or an advance notice); answers with the deadlines to acknowledge and respond and where it stands",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
			name = "An urgent message about a detention", value = "{\"mechanism\": \"ERG\", \"to\": [\"SO\", \"RU\"],"
					+ " \"urgency\": \"URGENT\", \"subject\": \"Resident detained near the line\","
					+ " \"message\": \"A resident was detained this morning near the line. Please confirm where the person is held.\","
					+ " \"incident\": \"ERG-2026-0001\", \"kind\": \"MESSAGE\"}"))))
	@PostMapping("/activations")
	@ResponseStatus(HttpStatus.CREATED)
	ActivationView activate(@RequestBody NewActivation activation) {
		return hotline.activate(Viewers.current(), activation);
	}

	@Operation(summary = "The activations the caller reads, latest first: of one mechanism, or of every mechanism of whose circle the caller is")
	@GetMapping("/activations")
	List<ActivationView> list(@Parameter(example = "ERG") @RequestParam(required = false) String mechanism) {
		return log.activations(Viewers.current(), mechanism);
	}

	@Operation(summary = "An activation, with each addressee's steps and what the caller may do with it now")
	@GetMapping("/activations/{id}")
	ActivationView get(@Parameter(example = ACTIVATION) @PathVariable UUID id) {
		return log.activation(Viewers.current(), id);
	}

	@Operation(summary = "The operator relays an activation to its addressees (co-chairs and secretariat)")
	@PostMapping("/activations/{id}/relay")
	ActivationView relay(@Parameter(example = ACTIVATION) @PathVariable UUID id) {
		return hotline.relay(Viewers.current(), id);
	}

	@Operation(summary = "The caller's group acknowledges an activation addressed to it; 409 if it is not its step now")
	@PostMapping("/activations/{id}/acknowledgement")
	ActivationView acknowledge(@Parameter(example = ACTIVATION) @PathVariable UUID id) {
		return hotline.acknowledge(Viewers.current(), id);
	}

	@Operation(summary = "The caller's group responds to an activation it acknowledged",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
			name = "A response", value = "{\"text\": \"The person is held at the nearest post and will be handed over tomorrow.\"}"))))
	@PostMapping("/activations/{id}/response")
	ActivationView respond(@Parameter(example = ACTIVATION) @PathVariable UUID id, @RequestBody(required = false) Response response) {
		return hotline.respond(Viewers.current(), id, response == null ? null : response.text());
	}

	@Operation(summary = "A mechanism's hotline log: every activation, relay, acknowledgement, response and escalation, in order, overdue steps marked")
	@GetMapping("/mechanisms/{mechanism}/log")
	List<LogEntry> log(@Parameter(example = "ERG") @PathVariable String mechanism) {
		return log.log(Viewers.current(), mechanism);
	}

	@Operation(summary = "A mechanism's escalation chain: its own, or the default one")
	@GetMapping("/mechanisms/{mechanism}/escalation-chain")
	List<ChainStep> chain(@Parameter(example = "ERG") @PathVariable String mechanism) {
		return steps(hotline.chain(Viewers.current(), mechanism));
	}

	@Operation(summary = "Replaces a mechanism's escalation chain (co-chairs and secretariat); it ends, and only ends, in NOBODY_ANSWERED",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
			name = "Supervisors, facilitators, nobody answered", value = "[{\"delayMinutes\": 0, \"target\": \"SUPERVISORS\","
					+ " \"accounts\": [\"duty-supervisor\"]}, {\"delayMinutes\": 30, \"target\": \"FACILITATORS\"},"
					+ " {\"delayMinutes\": 120, \"target\": \"NOBODY_ANSWERED\"}]"))))
	@PutMapping("/mechanisms/{mechanism}/escalation-chain")
	List<ChainStep> replaceChain(@Parameter(example = "ERG") @PathVariable String mechanism,
			@RequestBody(required = false) List<ChainStep> steps) {
		List<EscalationStep> chain = steps == null ? List.of() : steps.stream()
			.map(step -> step == null ? null
					: new EscalationStep(Duration.ofMinutes(step.delayMinutes()), step.target(), step.accounts()))
			.toList();
		return steps(hotline.replaceChain(Viewers.current(), mechanism, chain));
	}

	private static List<ChainStep> steps(List<EscalationStep> chain) {
		return chain.stream().map(step -> new ChainStep((int) step.delay().toMinutes(), step.target(), step.accounts()))
			.toList();
	}
}
