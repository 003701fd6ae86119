package org.mediationdesk.incidents.web;

import java.util.Locale;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.incidents.IncidentDuplicates;
import org.mediationdesk.incidents.IncidentRegister;
import org.mediationdesk.incidents.IncidentView;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.shared.Refusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Merging a duplicate into another incident, for the co-chairs and secretariat: a page shows both side by side and
 * what the merge will do, and only its confirmation merges.
 */
@Controller
class IncidentMergeController {

	private final IncidentRegister register;
	private final IncidentDuplicates duplicates;

	IncidentMergeController(IncidentRegister register, IncidentDuplicates duplicates) {
		this.register = register;
		this.duplicates = duplicates;
	}

	@GetMapping("/incidents/{id}/merge")
	String confirm(@PathVariable String id, @RequestParam(required = false) String into, Locale locale, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = Viewers.current().requireMediator();
		LanguageCode language = LanguageCode.ofInterface(locale);
		IncidentView duplicate = register.incident(viewer, id, language);
		IncidentView kept = into == null || into.isBlank() ? null : register.incident(viewer, into, language);
		if (kept == null || kept.id().equals(duplicate.id()) || !kept.mechanismId().equals(duplicate.mechanismId())) {
			redirect.addFlashAttribute("problem", "incidents.mergeTarget");
			return "redirect:/incidents/" + duplicate.publicId();
		}
		model.addAttribute("duplicate", duplicate);
		model.addAttribute("kept", kept);
		return "incidents/merge";
	}

	@PostMapping("/incidents/{id}/merge")
	String merge(@PathVariable String id, @RequestParam(required = false) String into, Locale locale,
			RedirectAttributes redirect) {
		Viewer viewer = Viewers.current().requireMediator();
		IncidentView duplicate = register.incident(viewer, id, LanguageCode.ofInterface(locale));
		try {
			IncidentView kept = duplicates.merge(viewer, id, into, LanguageCode.ofInterface(locale));
			redirect.addFlashAttribute("notice", "incidents.merged");
			redirect.addFlashAttribute("noticeArguments", new Object[] { duplicate.publicId(), kept.publicId() });
			return "redirect:/incidents/" + kept.publicId();
		}
		catch (DeskException.Invalid | DeskException.Conflict refused) {
			Refusals.flash(redirect, refused);
			return "redirect:/incidents/" + duplicate.publicId();
		}
	}
}
