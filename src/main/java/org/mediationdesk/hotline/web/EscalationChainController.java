package org.mediationdesk.hotline.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.mediationdesk.hotline.EscalationStep;
import org.mediationdesk.hotline.EscalationTarget;
import org.mediationdesk.hotline.Hotline;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.incidents.MechanismView;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Refusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A mechanism's escalation chain, edited by the operator's desk (the co-chairs, the facilitators' among them, and
 * the secretariat; anyone else finds no page): its ordinary steps in order, each with its minutes after the
 * deadline to acknowledge and whom it tells, and its explicit last step, "nobody answered". A refusal comes back
 * with its reason and the rows as typed.
 */
@Controller
class EscalationChainController {

	/** Rows the form offers: the chain's ordinary steps and empty ones up to the most a chain has, less its end. */
	static final int ROWS = 9;

	private final Hotline hotline;

	EscalationChainController(Hotline hotline) {
		this.hotline = hotline;
	}

	/** One ordinary step as typed: minutes, target (empty for an unused row), supervisors' login names. */
	record Row(String delay, String target, String accounts) {
	}

	@GetMapping("/mechanisms/{mechanism}/hotline/escalation-chain")
	String show(@PathVariable String mechanism, Model model) {
		Viewer viewer = Viewers.current();
		MechanismView view = hotline.chainEditor(viewer, mechanism);
		List<EscalationStep> chain = hotline.chain(viewer, view.code());
		model.addAttribute("mechanism", view);
		model.addAttribute("chain", chain);
		model.addAttribute("targets", List.of(EscalationTarget.SUPERVISORS, EscalationTarget.FACILITATORS));
		if (!model.containsAttribute("rows")) {
			List<Row> rows = new ArrayList<>();
			chain.stream().filter(step -> step.target() != EscalationTarget.NOBODY_ANSWERED)
				.forEach(step -> rows.add(new Row(Long.toString(step.delay().toMinutes()), step.target().name(),
						String.join(", ", step.accounts()))));
			model.addAttribute("rows", padded(rows));
			model.addAttribute("nobodyAnswered", Long.toString(chain.get(chain.size() - 1).delay().toMinutes()));
		}
		return "hotline/chain";
	}

	@PostMapping("/mechanisms/{mechanism}/hotline/escalation-chain")
	String replace(@PathVariable String mechanism, @RequestParam(required = false) List<String> delay,
			@RequestParam(required = false) List<String> target, @RequestParam(required = false) List<String> accounts,
			@RequestParam(required = false) String nobodyAnswered, RedirectAttributes redirect) {
		Viewer viewer = Viewers.current();
		String code = hotline.chainEditor(viewer, mechanism).code();
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			rows.add(new Row(at(delay, i), at(target, i), at(accounts, i)));
		}
		try {
			hotline.replaceChain(viewer, code, steps(rows, nobodyAnswered));
			redirect.addFlashAttribute("notice", "hotline.chainSaved");
			return "redirect:/mechanisms/" + code + "/hotline/escalation-chain#chain-now";
		}
		catch (DeskException.Invalid refused) {
			Refusals.flash(redirect, refused);
			redirect.addFlashAttribute("rows", rows);
			redirect.addFlashAttribute("nobodyAnswered", nobodyAnswered == null ? "" : nobodyAnswered);
			return "redirect:/mechanisms/" + code + "/hotline/escalation-chain#chain-form";
		}
	}

	/** The chain the rows say: the used rows in order, then "nobody answered". */
	static List<EscalationStep> steps(List<Row> rows, String nobodyAnswered) {
		List<EscalationStep> steps = new ArrayList<>();
		for (Row row : rows) {
			if (row.target().isBlank()) {
				if (!row.delay().isBlank() || !row.accounts().isBlank()) {
					throw new DeskException.Invalid("hotline.chainTargetRequired", steps.size() + 1);
				}
				continue;
			}
			EscalationTarget target = Arrays.stream(EscalationTarget.values())
				.filter(each -> each != EscalationTarget.NOBODY_ANSWERED
						&& each.name().equals(row.target().strip().toUpperCase(Locale.ROOT)))
				.findFirst().orElseThrow(() -> new DeskException.Invalid("hotline.chainTargetRequired", steps.size() + 1));
			steps.add(new EscalationStep(minutes(row.delay(), steps.size() + 1), target,
					Arrays.stream(row.accounts().split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList()));
		}
		if (steps.isEmpty()) {
			throw new DeskException.Invalid("hotline.chainOneStep");
		}
		steps.add(new EscalationStep(minutes(nobodyAnswered, steps.size() + 1), EscalationTarget.NOBODY_ANSWERED,
				List.of()));
		return steps;
	}

	private static Duration minutes(String typed, int step) {
		try {
			return Duration.ofMinutes(Long.parseLong(typed == null ? "" : typed.strip()));
		}
		catch (NumberFormatException notANumber) {
			throw new DeskException.Invalid("hotline.chainDelayRange", step, Duration.ofDays(30).toMinutes());
		}
	}

	private static String at(List<String> values, int i) {
		return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
	}

	private static List<Row> padded(List<Row> rows) {
		List<Row> all = new ArrayList<>(rows);
		while (all.size() < ROWS) {
			all.add(new Row("", "", ""));
		}
		return all;
	}
}
