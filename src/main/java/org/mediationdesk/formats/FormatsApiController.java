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

	@PostMapping("/check")
	FormatSolver.CheckAnswer check(@RequestBody Scenario scenario, Locale locale) {
		requireMediator();
		return planner.check(Viewers.current(), required(scenario), language(locale));
	}

	@PostMapping("/propose")
	FormatSolver.ProposeAnswer propose(@RequestBody Scenario scenario, Locale locale) {
		requireMediator();
		return planner.propose(Viewers.current(), required(scenario), language(locale));
	}

	/** A cascade: the scenario, and what happens: a group leaves, a document is tabled, or an item is added. */
	record CascadeRequest(Scenario scenario, String leaves, Scenario.Document tabled, String added) {
	}

	@PostMapping("/cascade")
	FormatSolver.CascadeAnswer cascade(@RequestBody CascadeRequest request, Locale locale) {
		requireMediator();
		Viewer viewer = Viewers.current();
		if (request.leaves() == null && request.tabled() == null && request.added() == null) {
			throw new ScenarioRejected(List.of("leaves, tabled or added: say what happens"));
		}
		return planner.cascade(viewer, required(request.scenario()),
				new FormatSolver.Event(request.leaves(), request.tabled(), request.added()), language(locale));
	}

	@GetMapping("/scenarios")
	List<ReferenceScenarios.Named> scenarios() {
		requireMediator();
		return ReferenceScenarios.all();
	}

	@GetMapping("/scenarios/{id}")
	ReferenceScenarios.Named scenario(@PathVariable String id) {
		requireMediator();
		return ReferenceScenarios.byId(id).orElseThrow(DeskException.NotFound::new);
	}

	private static Scenario required(Scenario scenario) {
		if (scenario == null) {
			throw new ScenarioRejected(List.of("scenario: required"));
		}
		return scenario;
	}

	private static void requireMediator() {
		if (!Viewers.current().isMediator()) {
			throw new DeskException.NotFound();
		}
	}

	private static LanguageCode language(Locale locale) {
		return "ru".equals(locale.getLanguage()) ? LanguageCode.RU : LanguageCode.EN;
	}
}
