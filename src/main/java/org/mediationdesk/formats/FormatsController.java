package org.mediationdesk.formats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.process.Capacity;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Refusals;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The co-chairs' format planner: the format questions of the reference record and the format built on the
 * conditions the groups have stated, each with its verdict, conflicts, proposals and cascades, and what-if
 * changes (htmx re-reads the result as the form changes). The conditions page shows a participant their own
 * group's conditions only.
 */
@Controller
class FormatsController {

	/** The planner's name for the scenario built on the groups' stated conditions. */
	static final String STATED = "stated";

	private final FormatPlanner planner;
	private final FormatConditions conditions;

	FormatsController(FormatPlanner planner, FormatConditions conditions) {
		this.planner = planner;
		this.conditions = conditions;
	}

	@GetMapping("/formats")
	String list(@RequestParam(required = false) Integer round, Model model) {
		Viewers.current().requireMediator();
		List<ReferenceScenarios.Named> scenarios = round == null ? ReferenceScenarios.all() : ReferenceScenarios.ofRound(round);
		model.addAttribute("scenarios", scenarios);
		model.addAttribute("round", round);
		return "formats/list";
	}

	@GetMapping("/formats/scenarios/{id}")
	String planner(@PathVariable String id, Locale locale, Model model) {
		Viewer viewer = Viewers.current().requireMediator();
		Scenario scenario = base(viewer, id);
		return show(viewer, id, scenario, scenario, List.of(), locale, model);
	}

	/** The what-if form: conditions switched off, and the format's kind, venue, capacities, documents and items. */
	@PostMapping("/formats/scenarios/{id}")
	String whatIf(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Locale locale, Model model) {
		Viewer viewer = Viewers.current().requireMediator();
		Scenario base = base(viewer, id);
		List<String> off = form.getOrDefault("off", List.of());
		Scenario.Format asked = base.format();
		FormatKind kind = parse(FormatKind.class, form.getFirst("kind"), asked.kind());
		String venue = form.getFirst("venue") == null || form.getFirst("venue").isBlank() ? asked.venue() : form.getFirst("venue").strip();
		List<String> seated = form.containsKey("submitted")
				? form.getOrDefault("seated", List.of()).stream().filter(base.groups()::contains).distinct().toList()
				: asked.seated();
		Map<String, Capacity> capacities = new LinkedHashMap<>();
		for (String group : base.groups()) {
			capacities.put(group, parse(Capacity.class, form.getFirst("capacity-" + group), asked.capacity(group)));
		}
		List<Scenario.Document> documents = new ArrayList<>();
		for (int d = 0; d < asked.documents().size(); d++) {
			if (form.containsKey("submitted") ? form.getOrDefault("documents", List.of()).contains(String.valueOf(d)) : true) {
				documents.add(asked.documents().get(d));
			}
		}
		List<String> agenda = form.containsKey("submitted") ? asked.agenda()
			.stream()
			.filter(form.getOrDefault("agenda", List.of())::contains)
			.toList() : asked.agenda();
		Scenario changed = base.without(off).with(new Scenario.Format(kind, venue, seated, capacities, documents, agenda));
		return show(viewer, id, base, changed, off, locale, model);
	}

	@PostMapping("/formats/scenarios/{id}/cascade")
	String cascade(@PathVariable String id, @RequestParam(required = false) String leaves, Locale locale, Model model) {
		Viewer viewer = Viewers.current().requireMediator();
		Scenario scenario = base(viewer, id);
		String page = show(viewer, id, scenario, scenario, List.of(), locale, model);
		if (leaves != null && scenario.groups().contains(leaves)) {
			model.addAttribute("cascade", planner.cascade(viewer, scenario, new FormatSolver.Event(leaves, null, null),
					LanguageCode.ofInterface(locale)));
			model.addAttribute("leaves", leaves);
		}
		return page;
	}

	private String show(Viewer viewer, String id, Scenario base, Scenario scenario, List<String> off, Locale locale,
			Model model) {
		LanguageCode language = LanguageCode.ofInterface(locale);
		model.addAttribute("id", id);
		model.addAttribute("named", ReferenceScenarios.byId(id).orElse(null));
		model.addAttribute("base", base);
		model.addAttribute("scenario", scenario);
		model.addAttribute("off", off);
		model.addAttribute("labels", planner.labels(language));
		Map<String, String> described = new LinkedHashMap<>();
		base.conditions().forEach(condition -> described.put(condition.id(), planner.describe(condition, language)));
		model.addAttribute("described", described);
		model.addAttribute("kinds", FormatKind.values());
		model.addAttribute("capacities", Capacity.values());
		try {
			FormatSolver.CheckAnswer check = planner.check(viewer, scenario, language);
			Map<String, String> labels = planner.labels(language);
			model.addAttribute("check", check);
			model.addAttribute("absentLabels", String.join(", ", check.absent().stream().map(g -> labels.getOrDefault(g, g)).toList()));
			model.addAttribute("proposals", planner.propose(viewer, scenario, language));
		}
		catch (ScenarioRejected rejected) {
			model.addAttribute("rejected", rejected.problems());
		}
		return "formats/planner";
	}

	private Scenario base(Viewer viewer, String id) {
		if (STATED.equals(id)) {
			return conditions.stated(viewer, new Scenario.Format(FormatKind.WORKING_GROUP, "Geneva", conditions.groups(),
					Map.of(), List.of(), List.of()));
		}
		return ReferenceScenarios.byId(id).orElseThrow(DeskException.NotFound::new).scenario();
	}

	@GetMapping("/formats/conditions")
	String conditions(Locale locale, Model model) {
		Viewer viewer = Viewers.current();
		if (!conditions.mayState(viewer)) {
			throw new DeskException.NotFound();
		}
		LanguageCode language = LanguageCode.ofInterface(locale);
		List<Scenario.Condition> visible = conditions.visibleTo(viewer);
		Map<String, String> described = new LinkedHashMap<>();
		visible.forEach(condition -> described.put(condition.id(), planner.describe(condition, language)));
		model.addAttribute("conditions", visible);
		model.addAttribute("described", described);
		model.addAttribute("labels", planner.labels(language));
		model.addAttribute("types", ConditionType.values());
		model.addAttribute("kinds", FormatKind.values());
		model.addAttribute("capacities", Capacity.values());
		return "formats/conditions";
	}

	/** A condition to state: its type and the fields that type takes. */
	record ConditionForm(String group, ConditionType type, String other, Capacity whenCapacity, FormatKind inKind,
			FormatKind kind, Capacity capacity, String groups, String term, String item, String venue) {
	}

	@PostMapping("/formats/conditions")
	String state(ConditionForm form, RedirectAttributes redirect) {
		Viewer viewer = Viewers.current();
		try {
			conditions.state(viewer, new Scenario.Condition(null, form.group(), form.type(), blankToNull(form.other()),
					form.whenCapacity(), form.inKind() == null ? List.of() : List.of(form.inKind()), form.kind(),
					form.capacity(), form.groups() == null || form.groups().isBlank() ? List.of()
							: List.of(form.groups().toUpperCase(Locale.ROOT).split("[\\s,;]+")),
					form.term(), form.item(), form.venue()));
			redirect.addFlashAttribute("notice", "formats.conditionStated");
		}
		catch (ScenarioRejected rejected) {
			redirect.addFlashAttribute("rejected", rejected.problems());
		}
		catch (DeskException.Invalid refused) {
			Refusals.flash(redirect, refused);
		}
		return "redirect:/formats/conditions";
	}

	@PostMapping("/formats/conditions/{code}/delete")
	String withdraw(@PathVariable String code, RedirectAttributes redirect) {
		conditions.withdraw(Viewers.current(), code);
		redirect.addFlashAttribute("notice", "formats.conditionWithdrawn");
		return "redirect:/formats/conditions";
	}


	private static <E extends Enum<E>> E parse(Class<E> type, String value, E otherwise) {
		try {
			return value == null || value.isBlank() ? otherwise : Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException e) {
			return otherwise;
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
