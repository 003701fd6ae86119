package org.mediationdesk.formats;

import java.util.List;
import java.util.Locale;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * The format solver over JSON, for the co-chairs and secretariat: each call takes a scenario (groups,
 * conditions, format), as described in {@code docs/formats.md}; the reference scenarios can be read to start
 * from.
 */
@RestController
@RequestMapping("/api/v1/formats")
class FormatsApiController {

	private final FormatPlanner planner;

	FormatsApiController(FormatPlanner planner) {
		this.planner = planner;
	}

	/** The October 2008 question, as an example for the API description. */
	static final String EXAMPLE = """
			{"groups": ["GE", "RU", "US", "AB", "SO"],
			 "conditions": [
			  {"id": "ge-1", "group": "GE", "type": "REFUSES_PRESENCE", "other": "AB", "whenCapacity": "DELEGATION"},
			  {"id": "ru-1", "group": "RU", "type": "REQUIRES_PRESENCE", "other": "AB"}],
			 "format": {"kind": "PLENARY", "venue": "Geneva", "seated": ["GE", "RU", "US", "AB", "SO"],
			  "capacities": {"GE": "DELEGATION", "RU": "DELEGATION", "US": "DELEGATION", "AB": "DELEGATION",
			   "SO": "DELEGATION"}}}""";

	@Operation(summary = "Checks a format: who attends, and the minimal conflicts if not everyone can",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					examples = @ExampleObject(name = "October 2008", value = EXAMPLE))))
	@PostMapping("/check")
	FormatSolver.CheckAnswer check(@RequestBody Scenario scenario, Locale locale) {
		Viewers.current().requireMediator();
		return planner.check(Viewers.current(), required(scenario), LanguageCode.ofInterface(locale));
	}

	@Operation(summary = "Proposes the most inclusive formats that satisfy every condition, best first",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					examples = @ExampleObject(name = "October 2008", value = EXAMPLE))))
	@PostMapping("/propose")
	FormatSolver.ProposeAnswer propose(@RequestBody Scenario scenario, Locale locale) {
		Viewers.current().requireMediator();
		return planner.propose(Viewers.current(), required(scenario), LanguageCode.ofInterface(locale));
	}

	/** A cascade: the scenario, and what happens: a group leaves, a document is tabled, or an item is added. */
	record CascadeRequest(Scenario scenario, String leaves, Scenario.Document tabled, String added) {
	}

	@Operation(summary = "Follows who leaves after whom once a group leaves, a document is tabled or an item is added",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					examples = @ExampleObject(name = "October 2008, participants from Sukhum(i) leave",
							value = "{\"scenario\": " + EXAMPLE + ", \"leaves\": \"AB\"}"))))
	@PostMapping("/cascade")
	FormatSolver.CascadeAnswer cascade(@RequestBody CascadeRequest request, Locale locale) {
		Viewers.current().requireMediator();
		Viewer viewer = Viewers.current();
		if (request.leaves() == null && request.tabled() == null && request.added() == null) {
			throw new ScenarioRejected(List.of("leaves, tabled or added: say what happens"));
		}
		return planner.cascade(viewer, required(request.scenario()),
				new FormatSolver.Event(request.leaves(), request.tabled(), request.added()), LanguageCode.ofInterface(locale));
	}

	@Operation(summary = "The reference scenarios of past rounds' formats, for the co-chairs and secretariat",
			responses = @ApiResponse(responseCode = "200", content = @Content(
			examples = @ExampleObject(name = "The first round, shortened", value = "[{\"id\": \"round-1-plenary\", \"round\": 1, \"title\": {\"en\": \"October 2008: the planned plenary\"}," + " \"scenario\": {\"groups\": [\"GE\", \"RU\", \"US\", \"AB\", \"SO\"], \"conditions\": []}}]"))))
	@GetMapping("/scenarios")
	List<ReferenceScenarios.Named> scenarios() {
		Viewers.current().requireMediator();
		return ReferenceScenarios.all();
	}

	@Operation(summary = "One reference scenario, for the co-chairs and secretariat")
	@GetMapping("/scenarios/{id}")
	ReferenceScenarios.Named scenario(@Parameter(example = "round-1-plenary") @PathVariable String id) {
		Viewers.current().requireMediator();
		return ReferenceScenarios.byId(id).orElseThrow(DeskException.NotFound::new);
	}

	private static Scenario required(Scenario scenario) {
		if (scenario == null) {
			throw new ScenarioRejected(List.of("scenario: required"));
		}
		return scenario;
	}


}
