package org.mediationdesk.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Downloads;
import org.mediationdesk.shared.Refusals;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The document registry's pages. Every URL renders a full page; htmx requests get the list fragment. */
@Controller
@RequestMapping("/documents")
class DocumentController {

	private final DocumentRegistry registry;
	private final ParticipantDirectory directory;
	private final DocumentLabels labels;
	private final Clock clock;

	DocumentController(DocumentRegistry registry, ParticipantDirectory directory, DocumentLabels labels, Clock clock) {
		this.registry = registry;
		this.directory = directory;
		this.labels = labels;
		this.clock = clock;
	}

	@InitBinder
	void setAllowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("authorKinds", AuthorKind.values());
		model.addAttribute("languages", LanguageCode.values());
		model.addAttribute("groups", groupsById());
	}

	private Map<UUID, GroupView> groupsById() {
		return directory.allGroups()
			.stream()
			.collect(Collectors.toMap(GroupView::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	@GetMapping
	String list(@RequestParam(required = false) String text, @RequestParam(required = false) DocumentKind kind,
			@RequestParam(required = false) AuthorKind authorKind, @RequestParam(required = false) UUID authorGroup,
			@RequestParam(required = false) LanguageCode language, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
			HttpServletResponse response, Locale locale, Model model) {
		Viewer viewer = Viewers.current();
		DocumentQuery query = new DocumentQuery(text, kind, authorKind, authorGroup, language, page);
		DocumentPage result = registry.search(viewer, query);
		model.addAttribute("query", query);
		model.addAttribute("result", result);
		model.addAttribute("rows", labels.rows(result.items(), groupsById(), locale));
		model.addAttribute("mayFile", registry.mayFile(viewer));
		response.addHeader("Vary", "HX-Request");
		boolean fragment = htmx != null && historyRestore == null;
		return fragment ? "documents/list :: results" : "documents/list";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		Viewer viewer = Viewers.current();
		if (!registry.mayFile(viewer)) {
			throw new DeskException.NotFound();
		}
		model.addAttribute("form", DocumentForm.empty(LocalDate.now(clock), registry.defaultAudience(viewer)));
		return formView(viewer, model, null);
	}

	@PostMapping
	String processCreationForm(@Validated @ModelAttribute("form") DocumentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = Viewers.current();
		if (!registry.mayFile(viewer)) {
			throw new DeskException.NotFound();
		}
		if (result.hasErrors()) {
			return formView(viewer, model, null);
		}
		try {
			DocumentDetail filed = registry.file(viewer, form.toDraft());
			redirect.addFlashAttribute("notice", "document.filed");
			return "redirect:/documents/" + filed.id();
		}
		catch (DeskException.Invalid | DeskException.Conflict e) {
			result.reject(e.code(), e.arguments(), e.code());
			return formView(viewer, model, null);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		Viewer viewer = Viewers.current();
		DocumentDetail document = registry.get(viewer, id);
		model.addAttribute("document", document);
		model.addAttribute("mayRevise", registry.mayRevise(viewer, document));
		return "documents/show";
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable UUID id, Model model) {
		Viewer viewer = Viewers.current();
		DocumentDetail document = registry.get(viewer, id);
		if (!registry.mayRevise(viewer, document)) {
			throw new DeskException.NotFound();
		}
		model.addAttribute("form", DocumentForm.of(document));
		return formView(viewer, model, document);
	}

	@PostMapping("/{id}")
	String processUpdateForm(@PathVariable UUID id, @Validated @ModelAttribute("form") DocumentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Viewer viewer = Viewers.current();
		DocumentDetail document = registry.get(viewer, id);
		if (!registry.mayRevise(viewer, document)) {
			throw new DeskException.NotFound();
		}
		if (result.hasErrors()) {
			return formView(viewer, model, document);
		}
		try {
			long expected = form.version() == null ? -1 : form.version();
			registry.revise(viewer, id, expected, form.toDraft());
			redirect.addFlashAttribute("notice", "document.revised");
			return "redirect:/documents/" + id;
		}
		catch (DeskException.Invalid | DeskException.Conflict e) {
			result.reject(e.code(), e.arguments(), e.code());
			if (e instanceof DeskException.Conflict && "document.changedMeanwhile".equals(e.code())) {
				model.addAttribute("current", registry.get(viewer, id));
			}
			return formView(viewer, model, document);
		}
	}

	@PostMapping("/{id}/files")
	String upload(@PathVariable UUID id, @RequestParam LanguageCode language, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try {
			registry.attach(Viewers.current(), id, language, file.getOriginalFilename(), file.getBytes());
			redirect.addFlashAttribute("notice", "attachment.added");
		}
		catch (DeskException.Invalid e) {
			Refusals.flash(redirect, e);
			redirect.addFlashAttribute("uploadLanguage", language);
		}
		return "redirect:/documents/" + id;
	}

	@PostMapping("/{id}/files/{language}/delete")
	String removeFile(@PathVariable UUID id, @PathVariable LanguageCode language, RedirectAttributes redirect) {
		registry.detach(Viewers.current(), id, language);
		redirect.addFlashAttribute("notice", "attachment.removed");
		return "redirect:/documents/" + id;
	}

	@GetMapping("/{id}/files/{language}")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable LanguageCode language,
			HttpServletRequest request) {
		return DocumentDownloads.response(registry, Viewers.current(), id, language, request);
	}

	private String formView(Viewer viewer, Model model, DocumentDetail document) {
		model.addAttribute("audiences", registry.assignableAudiences(viewer));
		model.addAttribute("chooseAuthor", viewer.isMediator());
		model.addAttribute("document", document);
		return "documents/form";
	}

	/** Attachment responses, shared by the pages and the API. */
	static final class DocumentDownloads {

		private DocumentDownloads() {
		}

		/** The file for the page and the API alike; its reading on record only when it goes out ({@link Downloads}). */
		static ResponseEntity<byte[]> response(DocumentRegistry registry, Viewer viewer, UUID id, LanguageCode language,
				HttpServletRequest request) {
			Attachment attachment = registry.file(viewer, id, language);
			return Downloads.file(request, Downloads.tagOf(attachment.content()),
					ContentDisposition.attachment().filename(attachment.fileName(), StandardCharsets.UTF_8).build(),
					MediaType.parseMediaType(attachment.type().mediaType()), attachment.content(),
					() -> registry.recordDownload(viewer, id, language));
		}
	}
}
