package org.mediationdesk.commitments.web;

import java.util.List;
import java.util.Locale;

import org.mediationdesk.commitments.CommitmentFilter;
import org.mediationdesk.commitments.CommitmentStatus;
import org.mediationdesk.commitments.CommitmentView;
import org.mediationdesk.commitments.CommitmentViews;
import org.mediationdesk.commitments.Commitments;
import org.mediationdesk.commitments.NewCommitment;
import org.mediationdesk.commitments.NewProgress;
import org.mediationdesk.commitments.NewReading;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.shared.LanguageCode;
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

/** The commitments in JSON, as the caller may see them; a commitment the caller may not see does not exist (404). */
@RestController
@RequestMapping("/api/v1/commitments")
class CommitmentsApiController {

	private final Commitments commitments;
	private final CommitmentViews views;

	CommitmentsApiController(Commitments commitments, CommitmentViews views) {
		this.commitments = commitments;
		this.views = views;
	}

	@Operation(summary = "The commitments the caller sees, latest discussed first, filtered by status, participant group and round")
	@GetMapping
	List<CommitmentView> list(@Parameter(example = "STALLED") @RequestParam(required = false) CommitmentStatus status,
			@Parameter(example = "GE") @RequestParam(required = false) String group,
			@Parameter(example = "63") @RequestParam(required = false) Integer round, Locale locale) {
		return views.list(Viewers.current(), new CommitmentFilter(status, group, round), LanguageCode.ofInterface(locale));
	}

	@Operation(summary = "Records a commitment with its first round (co-chairs and secretariat); its texts pass the terminology gate",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
			name = "A call raised in a round", value = "{\"title\": \"Reopening of the crossings\","
					+ " \"titleRu\": \"Открытие пунктов пересечения\", \"text\": \"The crossings closed since September"
					+ " 2019 are reopened for residents.\", \"makers\": {\"groups\": [\"SO\"], \"coChairs\": false},"
					+ " \"source\": {\"kind\": \"ROUND_DECISION\", \"round\": 54},"
					+ " \"audience\": {\"kind\": \"PUBLIC\"}, \"first\": {\"round\": 54, \"status\": \"RAISED\","
					+ " \"note\": \"The participants discussed the reopening of the crossings.\"}}"))))
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	CommitmentView record(@RequestBody NewCommitment commitment, Locale locale) {
		return commitments.record(Viewers.current(), commitment, LanguageCode.ofInterface(locale));
	}

	@Operation(summary = "A commitment by its id or its code, with the rounds that discussed it and the sides' readings")
	@GetMapping("/{id}")
	CommitmentView get(@Parameter(example = "non-use-of-force") @PathVariable String id, Locale locale) {
		return views.commitment(Viewers.current(), id, LanguageCode.ofInterface(locale));
	}

	@Operation(summary = "Records what a round did with a commitment (co-chairs and secretariat): the status it left with and a neutral note in each language",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
			name = "Stalled", value = "{\"round\": 64, \"status\": \"STALLED\", \"note\": \"The participants could not"
					+ " reach a common understanding.\", \"noteRu\": \"Участники не смогли достичь общего понимания.\","
					+ " \"confidential\": false}"))))
	@PostMapping("/{id}/progress")
	CommitmentView progress(@Parameter(example = "non-use-of-force") @PathVariable String id,
			@RequestBody NewProgress progress, Locale locale) {
		return commitments.progress(Viewers.current(), id, progress, LanguageCode.ofInterface(locale));
	}

	@Operation(summary = "Gives the caller's side's own reading of a commitment, kept in its words beside the other sides' readings",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
			name = "A side's reading", value = "{\"text\": \"In our reading, the pledge already given stands and"
					+ " calls for a reciprocal one.\"}"))))
	@PostMapping("/{id}/readings")
	@ResponseStatus(HttpStatus.CREATED)
	CommitmentView read(@Parameter(example = "non-use-of-force") @PathVariable String id,
			@RequestBody NewReading reading, Locale locale) {
		return commitments.read(Viewers.current(), id, reading, LanguageCode.ofInterface(locale));
	}
}
