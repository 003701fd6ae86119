package org.mediationdesk.terminology;

import java.io.IOException;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.shared.Refusals;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The co-chairs' and secretariat's glossary pages: search the concepts, edit or add one, delete one, and take
 * the whole glossary out as a file or bring one in. No one else has these pages.
 */
@Controller
class GlossaryController {

	private final Glossary glossary;

	GlossaryController(Glossary glossary) {
		this.glossary = glossary;
	}

	@GetMapping("/terminology/glossary")
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		Viewers.current().requireMediator();
		model.addAttribute("q", q);
		model.addAttribute("result", glossary.search(q, page));
		return "terminology/glossary";
	}

	@GetMapping("/terminology/glossary/new")
	String newConcept(Model model) {
		Viewers.current().requireMediator();
		return edit(model, ConceptForm.blank(), null);
	}

	@GetMapping("/terminology/glossary/{id}")
	String show(@PathVariable String id, Model model) {
		Viewers.current().requireMediator();
		GlossaryFile.ConceptEntry concept = glossary.concept(id).orElseThrow(DeskException.NotFound::new);
		return edit(model, ConceptForm.of(concept), id);
	}

	private String edit(Model model, ConceptForm form, String id) {
		model.addAttribute("form", form);
		model.addAttribute("conceptId", id);
		model.addAttribute("languages", LanguageCode.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("perspectives", Perspective.values());
		return "terminology/concept";
	}

	@PostMapping("/terminology/glossary")
	String create(@ModelAttribute ConceptForm form, Model model, RedirectAttributes redirect) {
		return save(null, form, model, redirect);
	}

	@PostMapping("/terminology/glossary/{id}")
	String update(@PathVariable String id, @ModelAttribute ConceptForm form, Model model, RedirectAttributes redirect) {
		glossary.concept(id).orElseThrow(DeskException.NotFound::new);
		return save(id, form, model, redirect);
	}

	private String save(String id, ConceptForm form, Model model, RedirectAttributes redirect) {
		Viewer viewer = Viewers.current().requireMediator();
		try {
			GlossaryFile.ConceptEntry saved = glossary.save(viewer.username(), id, form.entry());
			redirect.addFlashAttribute("notice", "glossary.saved");
			return "redirect:/terminology/glossary/" + saved.id();
		}
		catch (GlossaryRejected rejected) {
			model.addAttribute("rejected", rejected.problems());
			return edit(model, form.withBlankRows(), id);
		}
	}

	@PostMapping("/terminology/glossary/{id}/delete")
	String delete(@PathVariable String id, RedirectAttributes redirect) {
		Viewer viewer = Viewers.current().requireMediator();
		glossary.delete(viewer.username(), id);
		redirect.addFlashAttribute("notice", "glossary.deleted");
		return "redirect:/terminology/glossary";
	}

	@GetMapping("/terminology/glossary/export")
	ResponseEntity<byte[]> export() {
		Viewers.current().requireMediator();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("glossary.json").build().toString())
			.body(glossary.export());
	}

	@PostMapping("/terminology/glossary/import")
	String importFile(@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
		Viewer viewer = Viewers.current().requireMediator();
		try {
			if (file == null || file.isEmpty()) {
				throw new DeskException.Invalid("import.fileRequired");
			}
			redirect.addFlashAttribute("notice", "glossary.imported");
			redirect.addFlashAttribute("imported", glossary.importFile(viewer.username(), file.getBytes()));
		}
		catch (GlossaryRejected rejected) {
			redirect.addFlashAttribute("rejected", rejected.problems());
		}
		catch (DeskException.Invalid refused) {
			Refusals.flash(redirect, refused);
		}
		return "redirect:/terminology/glossary";
	}
}
