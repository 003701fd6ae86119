package org.mediationdesk.platform;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Refusals;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.terminology.CheckResult;
import org.mediationdesk.terminology.Finding;
import org.mediationdesk.terminology.Glossary;
import org.mediationdesk.terminology.GlossaryFile;
import org.mediationdesk.terminology.GlossaryRejected;
import org.mediationdesk.terminology.Perspective;
import org.mediationdesk.terminology.Severity;
import org.mediationdesk.terminology.TerminologyCheck;
import org.mediationdesk.terminology.Terminology;
import org.mediationdesk.terminology.TextExtraction;
import org.mediationdesk.terminology.TextKind;
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
 * The co-chairs' and secretariat's terminology pages: check a text (pasted or uploaded) against the
 * glossary, and keep the glossary. No one else has these pages.
 */
@Controller
class TerminologyController {

	/** The part of a checked text shown with its findings marked; the rest is counted, not shown. */
	static final int SHOWN = 200_000;
	/** The longest text accepted in the form. */
	static final int MAX_PASTED = 1_000_000;

	private final TerminologyCheck check;
	private final Glossary glossary;

	TerminologyController(TerminologyCheck check, Glossary glossary) {
		this.check = check;
		this.glossary = glossary;
	}

	@GetMapping("/terminology")
	String page(Model model) {
		Viewers.current().requireMediator();
		model.addAttribute("kinds", TextKind.values());
		model.addAttribute("kind", TextKind.MEDIATOR);
		model.addAttribute("textLanguage", "auto");
		return "terminology/check";
	}

	@PostMapping("/terminology/check")
	String check(@RequestParam(required = false) String text, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "MEDIATOR") TextKind kind, @RequestParam(defaultValue = "auto") String language,
			Locale locale, Model model) throws IOException {
		Viewers.current().requireMediator();
		model.addAttribute("kinds", TextKind.values());
		model.addAttribute("kind", kind);
		model.addAttribute("textLanguage", language);
		String checked = text;
		try {
			if (file != null && !file.isEmpty()) {
				TextExtraction.Extracted extracted = TextExtraction.extract(file.getOriginalFilename(), file.getBytes());
				checked = extracted.text();
				model.addAttribute("fileName", file.getOriginalFilename());
				model.addAttribute("replaced", extracted.replaced());
			}
			else if (text != null && text.length() > MAX_PASTED) {
				throw new DeskException.Invalid("terminology.pastedTooLong", MAX_PASTED);
			}
			model.addAttribute("text", text);
			CheckResult result = check.check(checked, LanguageCode.parse(language).orElse(null), kind);
			model.addAttribute("result", result);
			model.addAttribute("segments", segments(checked, result.findings()));
			model.addAttribute("shortened", checked.length() > SHOWN);
			model.addAttribute("replacements", check.neutralRendering(result));
			model.addAttribute("neutral", segmentsOfRendering(checked, check.neutralRendering(result)));
			model.addAttribute("profile", profile(result));
		}
		catch (DeskException.Invalid refused) {
			model.addAttribute("text", text);
			model.addAttribute("problem", refused.code());
			model.addAttribute("problemArguments", refused.arguments());
		}
		return "terminology/check";
	}

	/** A piece of the checked text: plain, or a finding. */
	record Segment(String text, Finding finding) {
	}

	static List<Segment> segments(String text, List<Finding> findings) {
		List<Segment> segments = new ArrayList<>();
		int at = 0;
		int limit = Math.min(text.length(), SHOWN);
		for (Finding finding : findings) {
			if (finding.end() > limit) {
				break;
			}
			if (finding.end() <= at) {
				continue;
			}
			// a finding that overlaps the one before is marked from where that one ends
			int start = Math.max(at, finding.start());
			segments.add(new Segment(text.substring(at, start), null));
			segments.add(new Segment(text.substring(start, finding.end()), finding));
			at = finding.end();
		}
		segments.add(new Segment(text.substring(at, limit), null));
		return segments;
	}

	/** A piece of the neutral rendering: plain, or a replacement (with the words it replaces). */
	record Change(String text, String replaced) {
	}

	static List<Change> segmentsOfRendering(String text, List<Terminology.Replacement> replacements) {
		List<Change> changes = new ArrayList<>();
		int at = 0;
		int limit = Math.min(text.length(), SHOWN);
		for (Terminology.Replacement replacement : replacements) {
			if (replacement.end() > limit) {
				break;
			}
			changes.add(new Change(text.substring(at, replacement.start()), null));
			changes.add(new Change(replacement.replacement(), replacement.original()));
			at = replacement.end();
		}
		changes.add(new Change(text.substring(at, limit), null));
		return changes;
	}

	/** The perspective profile in whole per cent, strongest first, leaving out those at zero. */
	static List<Map.Entry<Perspective, Integer>> profile(CheckResult result) {
		return result.perspective()
			.entrySet()
			.stream()
			.filter(share -> share.getValue() > 0)
			.sorted(Map.Entry.<Perspective, Double>comparingByValue().reversed())
			.map(share -> Map.entry(share.getKey(), (int) Math.round(share.getValue() * 100)))
			.toList();
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


	/**
	 * The concept form: its id, category and names, and its forms as rows. A row whose text is left empty is
	 * dropped; three empty rows are offered for new forms.
	 */
	public static final class ConceptForm {

		private String id;
		private String category;
		private String nameEn;
		private String nameRu;
		private List<FormRow> forms = new ArrayList<>();

		static ConceptForm blank() {
			return new ConceptForm().withBlankRows();
		}

		static ConceptForm of(GlossaryFile.ConceptEntry entry) {
			ConceptForm form = new ConceptForm();
			form.id = entry.id();
			form.category = entry.category();
			form.nameEn = entry.name().get("en");
			form.nameRu = entry.name().get("ru");
			for (GlossaryFile.FormEntry row : entry.forms()) {
				FormRow formRow = new FormRow();
				formRow.setLanguage(row.language());
				formRow.setText(row.text());
				formRow.setNeutral(row.neutral());
				formRow.setPerspectives(String.join(" ", row.perspectives().stream().map(Perspective::name).toList()));
				formRow.setSeverity(row.severity());
				formRow.setWhyEn(row.why().get("en"));
				formRow.setWhyRu(row.why().get("ru"));
				formRow.setSuggestion(row.suggestion());
				form.forms.add(formRow);
			}
			return form.withBlankRows();
		}

		ConceptForm withBlankRows() {
			forms.removeIf(row -> row.getText() == null || row.getText().isBlank());
			for (int i = 0; i < 3; i++) {
				FormRow row = new FormRow();
				row.setLanguage(LanguageCode.EN);
				row.setSeverity(Severity.OK);
				forms.add(row);
			}
			return this;
		}

		GlossaryFile.ConceptEntry entry() {
			Map<String, String> name = new HashMap<>();
			name.put("en", blankToNull(nameEn));
			if (blankToNull(nameRu) != null) {
				name.put("ru", nameRu.strip());
			}
			name.values().removeIf(java.util.Objects::isNull);
			List<GlossaryFile.FormEntry> entries = new ArrayList<>();
			for (FormRow row : forms) {
				if (row.getText() == null || row.getText().isBlank()) {
					continue;
				}
				Map<String, String> why = new HashMap<>();
				if (blankToNull(row.getWhyEn()) != null) {
					why.put("en", row.getWhyEn().strip());
				}
				if (blankToNull(row.getWhyRu()) != null) {
					why.put("ru", row.getWhyRu().strip());
				}
				List<Perspective> perspectives = row.getPerspectives() == null ? List.of()
						: Arrays.stream(row.getPerspectives().toUpperCase(Locale.ROOT).split("[\\s,;]+"))
							.filter(tag -> !tag.isBlank())
							.map(tag -> {
								try {
									return Perspective.valueOf(tag);
								}
								catch (IllegalArgumentException e) {
									throw new GlossaryRejected(List.of("\"" + tag + "\" is not a perspective: use "
											+ Arrays.toString(Perspective.values())));
								}
							})
							.distinct()
							.toList();
				entries.add(new GlossaryFile.FormEntry(row.getLanguage(), row.getText().strip(), row.isNeutral(),
						perspectives, row.isNeutral() ? Severity.OK : row.getSeverity(), why,
						blankToNull(row.getSuggestion())));
			}
			return new GlossaryFile.ConceptEntry(id == null ? null : id.strip(), blankToNull(category), name, entries);
		}

		private static String blankToNull(String value) {
			return value == null || value.isBlank() ? null : value.strip();
		}

		public String getId() {
			return id;
		}

		public void setId(String id) {
			this.id = id;
		}

		public String getCategory() {
			return category;
		}

		public void setCategory(String category) {
			this.category = category;
		}

		public String getNameEn() {
			return nameEn;
		}

		public void setNameEn(String nameEn) {
			this.nameEn = nameEn;
		}

		public String getNameRu() {
			return nameRu;
		}

		public void setNameRu(String nameRu) {
			this.nameRu = nameRu;
		}

		public List<FormRow> getForms() {
			return forms;
		}

		public void setForms(List<FormRow> forms) {
			this.forms = forms;
		}
	}

	/** One form of the concept form. */
	public static final class FormRow {

		private LanguageCode language;
		private String text;
		private boolean neutral;
		private String perspectives;
		private Severity severity;
		private String whyEn;
		private String whyRu;
		private String suggestion;

		public LanguageCode getLanguage() {
			return language;
		}

		public void setLanguage(LanguageCode language) {
			this.language = language;
		}

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public boolean isNeutral() {
			return neutral;
		}

		public void setNeutral(boolean neutral) {
			this.neutral = neutral;
		}

		public String getPerspectives() {
			return perspectives;
		}

		public void setPerspectives(String perspectives) {
			this.perspectives = perspectives;
		}

		public Severity getSeverity() {
			return severity;
		}

		public void setSeverity(Severity severity) {
			this.severity = severity;
		}

		public String getWhyEn() {
			return whyEn;
		}

		public void setWhyEn(String whyEn) {
			this.whyEn = whyEn;
		}

		public String getWhyRu() {
			return whyRu;
		}

		public void setWhyRu(String whyRu) {
			this.whyRu = whyRu;
		}

		public String getSuggestion() {
			return suggestion;
		}

		public void setSuggestion(String suggestion) {
			this.suggestion = suggestion;
		}
	}
}
