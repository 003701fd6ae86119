package org.mediationdesk.texts;

import java.util.List;
import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.shared.DeskException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The negotiating texts on the web: the list, a text with its stance matrix, and the forms of the co-chairs
 * (create, add provisions and alternatives, circulate, freeze, reveal, agree) and of the participants (propose
 * an alternative for their group, state its stance). A text is there only for its audience.
 */
@Controller
class TextsController {

	private final NegotiatingTexts texts;
	private final ParticipantDirectory directory;

	TextsController(NegotiatingTexts texts, ParticipantDirectory directory) {
		this.texts = texts;
		this.directory = directory;
	}

	@GetMapping("/texts")
	String list(Model model) {
		Viewer viewer = loggedIn();
		model.addAttribute("texts", texts.list(viewer));
		model.addAttribute("groups", directory.allGroups());
		return "texts/list";
	}

	@PostMapping("/texts")
	String create(@RequestParam(required = false) String symbol, @RequestParam(required = false) String title,
			@RequestParam(required = false) String titleRu, @RequestParam(required = false) String chapeau,
			@RequestParam(required = false) String audience,
			@RequestParam(required = false) List<String> requiredGroups, RedirectAttributes redirect) {
		Viewer viewer = Viewers.current();
		try {
			TextView created = texts.create(viewer, new NegotiatingTexts.NewText(symbol, title, titleRu, chapeau,
					audience == null ? Audience.allParticipants() : Audience.parse(audience), requiredGroups));
			return "redirect:/texts/" + created.id();
		}
		catch (DeskException.Invalid | DeskException.Conflict refused) {
			refuse(redirect, refused);
			return "redirect:/texts";
		}
	}

	@GetMapping("/texts/{id}")
	String show(@PathVariable UUID id, Model model) {
		Viewer viewer = loggedIn();
		model.addAttribute("text", texts.text(viewer, id));
		model.addAttribute("revisions", texts.revisions(viewer, id));
		model.addAttribute("missingInRussian", texts.missingInRussian(viewer, id));
		model.addAttribute("findings", viewer.isMediator() ? texts.findingsInParticipantsWordings(viewer, id)
				: java.util.Map.of());
		model.addAttribute("stanceKinds", StanceKind.values());
		model.addAttribute("mayPropose", viewer.isMediator() || viewer.isParticipant());
		model.addAttribute("ownGroup", viewer.isParticipant() && viewer.groupId() != null
				? directory.group(viewer.groupId()).map(group -> group.code()).orElse(null) : null);
		model.addAttribute("history", texts.history(viewer, id, 0));
		return "texts/show";
	}

	@GetMapping("/texts/{id}/history")
	String history(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
		Viewer viewer = loggedIn();
		model.addAttribute("text", texts.text(viewer, id));
		model.addAttribute("history", texts.history(viewer, id, page));
		return "texts/history";
	}

	@GetMapping("/texts/{id}/revisions/{revision}")
	String revision(@PathVariable UUID id, @PathVariable int revision, Model model) {
		Viewer viewer = loggedIn();
		model.addAttribute("text", texts.revision(viewer, id, revision));
		model.addAttribute("revisionNumber", revision);
		return "texts/revision";
	}

	@PostMapping("/texts/{id}/provisions")
	String addProvision(@PathVariable UUID id, @RequestParam(required = false) Long seen, RedirectAttributes redirect) {
		return act(id, seen, redirect, () -> texts.addProvision(Viewers.current(), id), "texts.provisionAdded");
	}

	/** The co-chairs' edit of the title and chapeau; on a clash with another edit, what they wrote comes back. */
	@PostMapping("/texts/{id}/heading")
	String editHeading(@PathVariable UUID id, @RequestParam(required = false) Long seen,
			@RequestParam(required = false) String title, @RequestParam(required = false) String titleRu,
			@RequestParam(required = false) String chapeau, @RequestParam(required = false) String chapeauRu,
			@RequestParam(defaultValue = "false") boolean russianMatches, RedirectAttributes redirect) {
		NegotiatingTexts.Heading heading = new NegotiatingTexts.Heading(title, titleRu, chapeau, chapeauRu, russianMatches);
		redirect.addFlashAttribute("heading", heading);
		return act(id, seen, redirect, () -> texts.editHeading(Viewers.current(), id, heading), "texts.headingSaved");
	}

	/** A wording's Russian version, from its sponsor. */
	@PostMapping("/texts/{id}/translations")
	String translate(@PathVariable UUID id, @RequestParam(required = false) Long seen,
			@RequestParam(required = false) UUID alternative, @RequestParam(required = false) String textRu,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("translation", java.util.Map.of("alternative", String.valueOf(alternative), "textRu",
				textRu == null ? "" : textRu));
		return act(id, seen, redirect, () -> {
			if (alternative == null) {
				texts.text(Viewers.current(), id);
				throw new DeskException.Invalid("texts.alternativeRequired");
			}
			texts.translate(Viewers.current(), id, alternative, textRu);
			return null;
		}, "texts.translated");
	}

	/** The co-chairs' rearrangement of a provision: {@code action=remove|up|down}. */
	@PostMapping("/texts/{id}/provisions/{eId}")
	String rearrange(@PathVariable UUID id, @PathVariable String eId, @RequestParam(required = false) String action,
			@RequestParam(required = false) Long seen, RedirectAttributes redirect) {
		return act(id, seen, redirect, () -> {
			texts.rearrange(Viewers.current(), id, eId, action);
			return null;
		}, "texts.done");
	}

	@PostMapping("/texts/{id}/alternatives")
	String propose(@PathVariable UUID id, @RequestParam(required = false) String provision,
			@RequestParam(required = false) String textEn, @RequestParam(required = false) String textRu,
			@RequestParam(required = false) String sponsor, @RequestParam(defaultValue = "false") boolean confidential,
			@RequestParam(required = false) Long seen, RedirectAttributes redirect) {
		// what the writer wrote comes back into the form if the wording is refused
		redirect.addFlashAttribute("draft", new AlternativeRequest(provision, textEn, textRu, sponsor, confidential));
		return act(id, seen, redirect, () -> {
			if (provision == null || provision.isBlank()) {
				texts.text(Viewers.current(), id);
				throw new DeskException.Invalid("texts.provisionRequired");
			}
			return texts.propose(Viewers.current(), id, provision, new NegotiatingTexts.NewAlternative(textEn, textRu,
					sponsor, confidential));
		}, "texts.alternativeProposed");
	}

	@PostMapping("/texts/{id}/cosponsors")
	String cosponsor(@PathVariable UUID id, @RequestParam(required = false) UUID alternative,
			@RequestParam(required = false) Long seen, RedirectAttributes redirect) {
		if (!Viewers.current().isParticipant()) {
			throw new DeskException.NotFound();
		}
		return act(id, seen, redirect, () -> {
			if (alternative == null) {
				texts.text(Viewers.current(), id);
				throw new DeskException.Invalid("texts.alternativeRequired");
			}
			texts.cosponsor(Viewers.current(), id, alternative);
			return null;
		}, "texts.cosponsored");
	}

	@PostMapping("/texts/{id}/stances")
	String state(@PathVariable UUID id, @RequestParam(required = false) UUID alternative,
			@RequestParam(required = false) StanceKind stance, @RequestParam(required = false) String comment,
			@RequestParam(required = false) Long seen, RedirectAttributes redirect) {
		if (!Viewers.current().isParticipant()) {
			throw new DeskException.NotFound();
		}
		redirect.addFlashAttribute("stanceDraft", new StanceRequest(alternative, stance, comment));
		return act(id, seen, true, redirect, () -> {
			if (alternative == null) {
				texts.text(Viewers.current(), id);
				throw new DeskException.Invalid("texts.stanceRequired");
			}
			texts.state(Viewers.current(), id, alternative, stance, comment);
			return null;
		}, "texts.stanceStated");
	}

	/** The co-chairs' actions on a text: circulate, freeze, unfreeze, reveal, agree, abandon, table. */
	@PostMapping("/texts/{id}/status")
	String status(@PathVariable UUID id, @RequestParam(required = false) String action,
			@RequestParam(required = false) UUID alternative, @RequestParam(required = false) Long seen,
			RedirectAttributes redirect) {
		return act(id, seen, true, redirect, () -> {
			texts.act(Viewers.current(), id, action, alternative);
			return null;
		}, "texts.done");
	}

	/**
	 * Runs a form's write, unless others changed the text since the form's page showed it ({@code seen}); then
	 * back to the text, with the notice, or with the refusal and what changed meanwhile. What the writer typed
	 * is in the flash attributes for the form to show again.
	 */
	private String act(UUID id, Long seen, RedirectAttributes redirect, java.util.function.Supplier<?> action, String notice) {
		return act(id, seen, false, redirect, action, notice);
	}

	private String act(UUID id, Long seen, boolean stancesMatter, RedirectAttributes redirect,
			java.util.function.Supplier<?> action, String notice) {
		try {
			texts.unlessChangedSince(Viewers.current(), id, seen, stancesMatter, action);
			redirect.getFlashAttributes().clear(); // done: what the writer typed is not needed again
			redirect.addFlashAttribute("notice", notice);
		}
		catch (ChangedMeanwhile refused) {
			redirect.addFlashAttribute("changes", refused.changes());
			refuse(redirect, refused);
		}
		catch (NegotiatingTexts.GateRefused refused) {
			redirect.addFlashAttribute("gate", refused.findings());
			refuse(redirect, refused);
		}
		catch (DeskException.Invalid | DeskException.Conflict refused) {
			refuse(redirect, refused);
		}
		return "redirect:/texts/" + id;
	}

	private static void refuse(RedirectAttributes redirect, DeskException refused) {
		redirect.addFlashAttribute("problem", refused.code());
		redirect.addFlashAttribute("problemArguments", refused.arguments());
	}

	private static Viewer loggedIn() {
		Viewer viewer = Viewers.current();
		if (viewer.isAnonymous()) {
			throw new DeskException.NotFound();
		}
		return viewer;
	}

	/** Two revisions compared: {@code ?from=1&to=3} (by default the first and the latest). */
	@GetMapping("/texts/{id}/compare")
	String compare(@PathVariable UUID id, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, Model model) {
		Viewer viewer = loggedIn();
		List<Integer> revisions = texts.revisions(viewer, id);
		if (revisions.isEmpty()) {
			throw new DeskException.NotFound();
		}
		model.addAttribute("text", texts.text(viewer, id));
		model.addAttribute("revisions", revisions);
		model.addAttribute("comparison", texts.compare(viewer, id, from == null ? revisions.get(0) : from,
				to == null ? revisions.get(revisions.size() - 1) : to));
		return "texts/compare";
	}

	@GetMapping("/api/v1/texts/{id}/compare")
	@ResponseBody
	Comparison compareOverApi(@PathVariable UUID id, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to) {
		Viewer viewer = loggedIn();
		List<Integer> revisions = texts.revisions(viewer, id);
		if (revisions.isEmpty()) {
			throw new DeskException.NotFound();
		}
		return texts.compare(viewer, id, from == null ? revisions.get(0) : from,
				to == null ? revisions.get(revisions.size() - 1) : to);
	}

	/** The text as a file, as the caller may see it: {@code ?format=docx|pdf|akn}. */
	@GetMapping({ "/texts/{id}/export", "/api/v1/texts/{id}/export" })
	org.springframework.http.ResponseEntity<byte[]> export(@PathVariable UUID id,
			@RequestParam(defaultValue = "docx") String format, @RequestParam(defaultValue = "en") String language) {
		Viewer viewer = loggedIn();
		NegotiatingTexts.Export export = texts.export(viewer, id, format, org.mediationdesk.shared.LanguageCode.parse(language)
			.orElseGet(() -> {
				texts.text(viewer, id);
				throw new DeskException.Invalid("texts.exportLanguage");
			}));
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType(export.mediaType()))
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.attachment().filename(export.fileName()).build().toString())
			.body(export.content());
	}

	/** The texts and one text over JSON, as the caller may see them. */
	@GetMapping("/api/v1/texts")
	@ResponseBody
	List<TextView> listOverApi() {
		return texts.list(Viewers.current());
	}

	/** A text as the caller may see it; its ETag names the latest change the caller saw, for {@code If-Match}. */
	@GetMapping("/api/v1/texts/{id}")
	org.springframework.http.ResponseEntity<TextView> textOverApi(@PathVariable UUID id) {
		return answer(texts.text(Viewers.current(), id));
	}

	private static org.springframework.http.ResponseEntity<TextView> answer(TextView text) {
		return answer(org.springframework.http.HttpStatus.OK, text);
	}

	private static org.springframework.http.ResponseEntity<TextView> answer(org.springframework.http.HttpStatus status,
			TextView text) {
		return org.springframework.http.ResponseEntity.status(status).eTag(Long.toString(text.seen())).body(text);
	}

	/**
	 * How much of the text's history an API caller saw, from {@code If-Match: "n"} (the ETag of the text they
	 * read), or {@code null} if they sent none or {@code *}: then the write goes ahead whatever changed.
	 */
	private static Long seen(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
			return null;
		}
		String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
		try {
			return Long.parseLong(tag);
		}
		catch (NumberFormatException e) {
			throw new DeskException.Invalid("texts.ifMatch");
		}
	}

	/** A text's history over JSON, newest first, a page at a time. */
	@GetMapping("/api/v1/texts/{id}/history")
	@ResponseBody
	TextHistory historyOverApi(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page) {
		return texts.history(Viewers.current(), id, page);
	}

	@io.swagger.v3.oas.annotations.Operation(summary = "Changes the title and chapeau, in English and Russian",
			description = "Send If-Match with the ETag of the text you read: if others changed the text since, nothing is"
					+ " saved and the answer (412) lists their changes.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
					examples = @io.swagger.v3.oas.annotations.media.ExampleObject(name = "A heading in both languages",
							value = "{\"title\": \"Joint statement on the non-use of force\", \"titleRu\":"
									+ " \"Совместное заявление о неприменении силы\", \"chapeau\": \"The participants,\","
									+ " \"chapeauRu\": \"Участники,\"}"))))
	@PutMapping("/api/v1/texts/{id}/heading")
	org.springframework.http.ResponseEntity<TextView> headingOverApi(@PathVariable UUID id,
			@RequestHeader(value = "If-Match", required = false) String ifMatch,
			@org.springframework.web.bind.annotation.RequestBody NegotiatingTexts.Heading heading) {
		Viewer viewer = Viewers.current();
		return answer(texts.unlessChangedSince(viewer, id, seen(ifMatch), false, () -> texts.editHeading(viewer, id, heading)));
	}

	/** A wording's Russian version over JSON. */
	record TranslationRequest(String textRu) {
	}

	@PutMapping("/api/v1/texts/{id}/alternatives/{alternative}/russian")
	org.springframework.http.ResponseEntity<TextView> translateOverApi(@PathVariable UUID id, @PathVariable UUID alternative,
			@RequestHeader(value = "If-Match", required = false) String ifMatch,
			@org.springframework.web.bind.annotation.RequestBody TranslationRequest request) {
		Viewer viewer = Viewers.current();
		texts.unlessChangedSince(viewer, id, seen(ifMatch), false, () -> {
			texts.translate(viewer, id, alternative, request.textRu());
			return null;
		});
		return answer(texts.text(viewer, id));
	}

	@io.swagger.v3.oas.annotations.Operation(summary = "Creates a negotiating text",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
					examples = @io.swagger.v3.oas.annotations.media.ExampleObject(name = "A statement on the non-use of force",
							value = "{\"symbol\": \"GID/NUF/1\", \"title\": \"Joint statement on the non-use of force\","
									+ " \"chapeau\": \"The participants,\", \"audience\": {\"kind\": \"ALL_PARTICIPANTS\"},"
									+ " \"requiredGroups\": [\"GE\", \"RU\", \"AB\", \"SO\"]}"))))
	@PostMapping("/api/v1/texts")
	org.springframework.http.ResponseEntity<TextView> createOverApi(
			@org.springframework.web.bind.annotation.RequestBody NegotiatingTexts.NewText text) {
		return answer(org.springframework.http.HttpStatus.CREATED, texts.create(Viewers.current(), text));
	}

	@PostMapping("/api/v1/texts/{id}/provisions")
	org.springframework.http.ResponseEntity<TextView> addProvisionOverApi(@PathVariable UUID id,
			@RequestHeader(value = "If-Match", required = false) String ifMatch) {
		Viewer viewer = Viewers.current();
		texts.unlessChangedSince(viewer, id, seen(ifMatch), false, () -> texts.addProvision(viewer, id));
		return answer(org.springframework.http.HttpStatus.CREATED, texts.text(viewer, id));
	}

	/** An alternative over JSON: the provision's eId and the wording; not confidential unless it says so. */
	record AlternativeRequest(String provision, String textEn, String textRu, String sponsor, Boolean confidential) {

		boolean inConfidence() {
			return Boolean.TRUE.equals(confidential);
		}
	}

	@io.swagger.v3.oas.annotations.Operation(summary = "Proposes a wording for a provision",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
					examples = @io.swagger.v3.oas.annotations.media.ExampleObject(name = "A wording with words in brackets",
							value = "{\"provision\": \"para_2\", \"textEn\": \"Refrain from [any] use of force.\","
									+ " \"confidential\": false}"))))
	@PostMapping("/api/v1/texts/{id}/alternatives")
	org.springframework.http.ResponseEntity<TextView> proposeOverApi(@PathVariable UUID id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
			@org.springframework.web.bind.annotation.RequestBody AlternativeRequest request) {
		Viewer viewer = Viewers.current();
		if (request.provision() == null || request.provision().isBlank()) {
			texts.text(viewer, id);
			throw new DeskException.Invalid("texts.provisionRequired");
		}
		texts.unlessChangedSince(viewer, id, seen(ifMatch), false, () -> texts.propose(viewer, id, request.provision(),
				new NegotiatingTexts.NewAlternative(request.textEn(), request.textRu(), request.sponsor(), request.inConfidence())));
		return answer(org.springframework.http.HttpStatus.CREATED, texts.text(viewer, id));
	}

	/** A co-chairs' action over JSON: circulate, freeze, unfreeze, reveal, agree, abandon. */
	record ActionRequest(String action) {
	}

	@PostMapping("/api/v1/texts/{id}/status")
	org.springframework.http.ResponseEntity<TextView> statusOverApi(@PathVariable UUID id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
			@org.springframework.web.bind.annotation.RequestBody ActionRequest request) {
		Viewer viewer = Viewers.current();
		texts.unlessChangedSince(viewer, id, seen(ifMatch), true, () -> {
			texts.act(viewer, id, request.action(), null);
			return null;
		});
		return answer(texts.text(viewer, id));
	}

	/** A stance over JSON: {@code {"alternative": "…", "stance": "ACCEPT", "comment": "…"}}. */
	record StanceRequest(UUID alternative, StanceKind stance, String comment) {
	}

	@io.swagger.v3.oas.annotations.Operation(summary = "States the caller's group's stance on a wording",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
					examples = @io.swagger.v3.oas.annotations.media.ExampleObject(name = "Accept, with a comment",
							value = "{\"alternative\": \"6f1c2f7e-3b1a-4a53-9c55-2d6f0a4f8b11\", \"stance\": \"ACCEPT\","
									+ " \"comment\": \"subject to the Russian version\"}"))))
	@PostMapping("/api/v1/texts/{id}/stances")
	org.springframework.http.ResponseEntity<TextView> stateOverApi(@PathVariable UUID id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
			@org.springframework.web.bind.annotation.RequestBody StanceRequest request) {
		Viewer viewer = Viewers.current();
		if (!viewer.isParticipant()) {
			throw new DeskException.NotFound();
		}
		if (request.alternative() == null) {
			texts.text(viewer, id);
			throw new DeskException.Invalid("texts.stanceRequired");
		}
		texts.unlessChangedSince(viewer, id, seen(ifMatch), true, () -> {
			texts.state(viewer, id, request.alternative(), request.stance(), request.comment());
			return null;
		});
		return answer(texts.text(viewer, id));
	}
}
