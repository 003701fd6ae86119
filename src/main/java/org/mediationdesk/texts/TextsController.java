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
		return "texts/show";
	}

	@GetMapping("/texts/{id}/revisions/{revision}")
	String revision(@PathVariable UUID id, @PathVariable int revision, Model model) {
		Viewer viewer = loggedIn();
		model.addAttribute("text", texts.revision(viewer, id, revision));
		model.addAttribute("revisionNumber", revision);
		return "texts/revision";
	}

	@PostMapping("/texts/{id}/provisions")
	String addProvision(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, () -> texts.addProvision(Viewers.current(), id), "texts.provisionAdded");
	}

	/** The co-chairs' rearrangement of a provision: {@code action=remove|up|down}. */
	@PostMapping("/texts/{id}/provisions/{eId}")
	String rearrange(@PathVariable UUID id, @PathVariable String eId, @RequestParam(required = false) String action,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> texts.rearrange(Viewers.current(), id, eId, action), "texts.done");
	}

	@PostMapping("/texts/{id}/alternatives")
	String propose(@PathVariable UUID id, @RequestParam(required = false) String provision,
			@RequestParam(required = false) String textEn, @RequestParam(required = false) String textRu,
			@RequestParam(required = false) String sponsor, @RequestParam(defaultValue = "false") boolean confidential,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			if (provision == null || provision.isBlank()) {
				texts.text(Viewers.current(), id);
				throw new DeskException.Invalid("texts.provisionRequired");
			}
			texts.propose(Viewers.current(), id, provision, new NegotiatingTexts.NewAlternative(textEn, textRu, sponsor,
					confidential));
		}, "texts.alternativeProposed");
	}

	@PostMapping("/texts/{id}/cosponsors")
	String cosponsor(@PathVariable UUID id, @RequestParam(required = false) UUID alternative, RedirectAttributes redirect) {
		if (!Viewers.current().isParticipant()) {
			throw new DeskException.NotFound();
		}
		return act(id, redirect, () -> {
			if (alternative == null) {
				texts.text(Viewers.current(), id);
				throw new DeskException.Invalid("texts.alternativeRequired");
			}
			texts.cosponsor(Viewers.current(), id, alternative);
		}, "texts.cosponsored");
	}

	@PostMapping("/texts/{id}/stances")
	String state(@PathVariable UUID id, @RequestParam(required = false) UUID alternative,
			@RequestParam(required = false) StanceKind stance, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		if (!Viewers.current().isParticipant()) {
			throw new DeskException.NotFound();
		}
		return act(id, redirect, () -> {
			if (alternative == null) {
				texts.text(Viewers.current(), id);
				throw new DeskException.Invalid("texts.stanceRequired");
			}
			texts.state(Viewers.current(), id, alternative, stance, comment);
		}, "texts.stanceStated");
	}

	/** The co-chairs' actions on a text: circulate, freeze, unfreeze, reveal, agree, abandon, table. */
	@PostMapping("/texts/{id}/status")
	String status(@PathVariable UUID id, @RequestParam(required = false) String action,
			@RequestParam(required = false) UUID alternative, RedirectAttributes redirect) {
		return act(id, redirect, () -> texts.act(Viewers.current(), id, action, alternative), "texts.done");
	}

	private String act(UUID id, RedirectAttributes redirect, Runnable action, String notice) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
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
			@RequestParam(defaultValue = "docx") String format) {
		NegotiatingTexts.Export export = texts.export(loggedIn(), id, format);
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

	@GetMapping("/api/v1/texts/{id}")
	@ResponseBody
	TextView textOverApi(@PathVariable UUID id) {
		return texts.text(Viewers.current(), id);
	}

	@io.swagger.v3.oas.annotations.Operation(summary = "Creates a negotiating text",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
					examples = @io.swagger.v3.oas.annotations.media.ExampleObject(name = "A statement on the non-use of force",
							value = "{\"symbol\": \"GID/NUF/1\", \"title\": \"Joint statement on the non-use of force\","
									+ " \"chapeau\": \"The participants,\", \"audience\": {\"kind\": \"ALL_PARTICIPANTS\"},"
									+ " \"requiredGroups\": [\"GE\", \"RU\", \"AB\", \"SO\"]}"))))
	@PostMapping("/api/v1/texts")
	@ResponseBody
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
	TextView createOverApi(@org.springframework.web.bind.annotation.RequestBody NegotiatingTexts.NewText text) {
		return texts.create(Viewers.current(), text);
	}

	@PostMapping("/api/v1/texts/{id}/provisions")
	@ResponseBody
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
	TextView addProvisionOverApi(@PathVariable UUID id) {
		texts.addProvision(Viewers.current(), id);
		return texts.text(Viewers.current(), id);
	}

	/** An alternative over JSON: the provision's eId and the wording. */
	record AlternativeRequest(String provision, String textEn, String textRu, String sponsor, boolean confidential) {
	}

	@io.swagger.v3.oas.annotations.Operation(summary = "Proposes a wording for a provision",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
					examples = @io.swagger.v3.oas.annotations.media.ExampleObject(name = "A wording with words in brackets",
							value = "{\"provision\": \"para_2\", \"textEn\": \"Refrain from [any] use of force.\","
									+ " \"confidential\": false}"))))
	@PostMapping("/api/v1/texts/{id}/alternatives")
	@ResponseBody
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
	TextView proposeOverApi(@PathVariable UUID id, @org.springframework.web.bind.annotation.RequestBody AlternativeRequest request) {
		Viewer viewer = Viewers.current();
		if (request.provision() == null || request.provision().isBlank()) {
			texts.text(viewer, id);
			throw new DeskException.Invalid("texts.provisionRequired");
		}
		texts.propose(viewer, id, request.provision(), new NegotiatingTexts.NewAlternative(request.textEn(), request.textRu(),
				request.sponsor(), request.confidential()));
		return texts.text(viewer, id);
	}

	/** A co-chairs' action over JSON: circulate, freeze, unfreeze, reveal, agree, abandon. */
	record ActionRequest(String action) {
	}

	@PostMapping("/api/v1/texts/{id}/status")
	@ResponseBody
	TextView statusOverApi(@PathVariable UUID id, @org.springframework.web.bind.annotation.RequestBody ActionRequest request) {
		Viewer viewer = Viewers.current();
		texts.act(viewer, id, request.action(), null);
		return texts.text(viewer, id);
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
	@ResponseBody
	TextView stateOverApi(@PathVariable UUID id, @org.springframework.web.bind.annotation.RequestBody StanceRequest request) {
		Viewer viewer = Viewers.current();
		if (!viewer.isParticipant()) {
			throw new DeskException.NotFound();
		}
		if (request.alternative() == null) {
			texts.text(viewer, id);
			throw new DeskException.Invalid("texts.stanceRequired");
		}
		texts.state(viewer, id, request.alternative(), request.stance(), request.comment());
		return texts.text(viewer, id);
	}
}
