package org.mediationdesk.texts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.shared.Refusals;
import org.mediationdesk.terminology.TerminologyGate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.http.ResponseEntity;

/**
 * The negotiating texts on the web: the list, a text with its stance matrix, its history, revisions and their
 * comparison, and the forms of the co-chairs (create, add and rearrange provisions, edit the heading, the
 * actions on the text) and of the participants (propose, join, translate or withdraw a wording, state a
 * stance). Every write is post-redirect-get; a refused one comes back with its reason and what was typed.
 */
@Controller
class TextsController {

	private final NegotiatingTexts texts;
	private final TextReading reading;
	private final ParticipantDirectory directory;
	private final MessageSource messages;

	TextsController(NegotiatingTexts texts, TextReading reading, ParticipantDirectory directory, MessageSource messages) {
		this.texts = texts;
		this.reading = reading;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/texts")
	String list(Model model) {
		model.addAttribute("texts", reading.list(Viewers.current().requireLoggedIn()));
		model.addAttribute("groups", directory.allGroups());
		return "texts/list";
	}

	/** The new-text form as typed, to show again if it is refused. */
	record NewTextForm(String symbol, String title, String titleRu, String chapeau, String audience) {
	}

	/** Which field of the new-text form a refusal is about, by its message. */
	private static final Map<String, String> NEW_TEXT_FIELDS = Map.of("texts.symbolInvalid", "symbol",
			"texts.symbolTaken", "symbol", "texts.titleInvalid", "title", "texts.chapeauTooLong", "chapeau",
			"document.audienceNotAllowed", "audience", "audience.required", "audience", "audience.unknown", "audience",
			"audience.groupRequired", "audience");

	/**
	 * Creates a text as the co-chairs' private draft; the groups whose stances it needs may be named now or when
	 * it is shared. A refusal comes back with what was typed and the message by its field.
	 */
	@PostMapping("/texts")
	String create(@RequestParam(required = false) String symbol, @RequestParam(required = false) String title,
			@RequestParam(required = false) String titleRu, @RequestParam(required = false) String chapeau,
			@RequestParam(required = false) String audience,
			@RequestParam(required = false) List<String> requiredGroups, RedirectAttributes redirect) {
		try {
			TextView created = texts.create(Viewers.current(), new NegotiatingTexts.NewText(symbol, title, titleRu, chapeau,
					audience == null ? Audience.coChairs() : Audience.parse(audience), requiredGroups));
			redirect.addFlashAttribute("notice", "texts.createdPrivately");
			return "redirect:/texts/" + created.id();
		}
		catch (DeskException.Invalid | DeskException.Conflict refused) {
			Refusals.flash(redirect, refused);
			redirect.addFlashAttribute("newText", new NewTextForm(symbol, title, titleRu, chapeau, audience));
			redirect.addFlashAttribute("problemField", NEW_TEXT_FIELDS.getOrDefault(refused.code(), "symbol"));
			return "redirect:/texts";
		}
	}

	/**
	 * How the pages of a text name its sides and provisions for this reader, and mark its brackets; with the
	 * groups (for the sharing form) and the audiences a text may be shared with.
	 */
	private void naming(Model model, Viewer viewer, TextView text) {
		LanguageCode language = LanguageCode.ofInterface(LocaleContextHolder.getLocale());
		Map<String, String> labels = new LinkedHashMap<>();
		List<GroupView> groups = directory.allGroups();
		groups.forEach(group -> labels.put(group.code(), group.label(language)));
		Map<String, Integer> numbers = new LinkedHashMap<>();
		text.provisions().forEach(provision -> numbers.put(provision.eId(), provision.number()));
		model.addAttribute("marks", new TextMarkup(labels, numbers, messages, LocaleContextHolder.getLocale()));
		if (viewer.isMediator()) {
			model.addAttribute("groups", groups);
			model.addAttribute("can", text.actions().stream().map(CoChairsAction::key).collect(Collectors.toSet()));
			// the actions on a text under negotiation, under their own heading
			model.addAttribute("negotiation", text.actions().stream()
				.filter(action -> EnumSet.of(CoChairsAction.FREEZE, CoChairsAction.UNFREEZE, CoChairsAction.REVEAL).contains(action))
				.sorted()
				.map(CoChairsAction::key)
				.toList());
			List<Audience> audiences = new ArrayList<>(List.of(Audience.allParticipants()));
			groups.forEach(group -> audiences.add(Audience.groupAndCoChairs(group.id())));
			model.addAttribute("audiences", audiences);
			model.addAttribute("groupLabels", groups.stream().collect(Collectors.toMap(GroupView::id, group -> group.label(language))));
		}
	}

	@GetMapping("/texts/{id}")
	String show(@PathVariable UUID id, Model model) {
		Viewer viewer = Viewers.current().requireLoggedIn();
		TextView text = reading.text(viewer, id);
		model.addAttribute("text", text);
		// what the forms send back as what the viewer saw: a write on it is refused if that changed meanwhile
		model.addAttribute("version", TextVersion.of(text).tag());
		model.addAttribute("revisions", reading.revisions(viewer, id));
		model.addAttribute("missingInRussian", reading.missingInRussian(viewer, id));
		model.addAttribute("findings", viewer.isMediator() ? reading.findingsInParticipantsWordings(viewer, id) : Map.of());
		model.addAttribute("stanceKinds", StanceKind.values());
		model.addAttribute("mayPropose", viewer.isMediator() || viewer.isParticipant());
		model.addAttribute("ownGroup", viewer.isParticipant() && viewer.groupId() != null
				? directory.group(viewer.groupId()).map(GroupView::code).orElse(null) : null);
		model.addAttribute("history", reading.history(viewer, id, 0));
		naming(model, viewer, text);
		return "texts/show";
	}

	@GetMapping("/texts/{id}/history")
	String history(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
		Viewer viewer = Viewers.current().requireLoggedIn();
		TextView text = reading.text(viewer, id);
		model.addAttribute("text", text);
		model.addAttribute("history", reading.history(viewer, id, page));
		naming(model, viewer, text);
		return "texts/history";
	}

	@GetMapping("/texts/{id}/revisions/{revision}")
	String revision(@PathVariable UUID id, @PathVariable int revision, Model model) {
		Viewer viewer = Viewers.current().requireLoggedIn();
		TextView text = reading.revision(viewer, id, revision);
		model.addAttribute("text", text);
		model.addAttribute("revisionNumber", revision);
		naming(model, viewer, text);
		return "texts/revision";
	}

	/** Two revisions compared: {@code ?from=1&to=3} (by default the first and the latest). */
	@GetMapping("/texts/{id}/compare")
	String compare(@PathVariable UUID id, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, Model model) {
		Viewer viewer = Viewers.current().requireLoggedIn();
		List<Integer> revisions = reading.revisions(viewer, id);
		if (revisions.isEmpty()) {
			throw new DeskException.NotFound();
		}
		TextView text = reading.text(viewer, id);
		model.addAttribute("text", text);
		model.addAttribute("revisions", revisions);
		naming(model, viewer, text);
		model.addAttribute("comparison", reading.compare(viewer, id, from == null ? revisions.get(0) : from,
				to == null ? revisions.get(revisions.size() - 1) : to));
		return "texts/compare";
	}

	/** The text as a file, as the viewer may see it: {@code ?format=docx|pdf|akn&language=en|ru}. */
	@GetMapping("/texts/{id}/export")
	ResponseEntity<byte[]> export(@PathVariable UUID id, @RequestParam(defaultValue = "docx") String format,
			@RequestParam(defaultValue = "en") String language, HttpServletRequest request) {
		return TextsApiController.download(reading, id, format, language, request);
	}

	@PostMapping("/texts/{id}/provisions")
	String addProvision(@PathVariable UUID id, @RequestParam(required = false) String seen, RedirectAttributes redirect) {
		return write(id, seen, false, redirect, "texts.provisionAdded", () -> texts.addProvision(Viewers.current(), id));
	}

	/** The co-chairs' rearrangement of a provision: {@code action=up|down|remove}. */
	@PostMapping("/texts/{id}/provisions/{eId}")
	String rearrange(@PathVariable UUID id, @PathVariable String eId, @RequestParam(required = false) String action,
			@RequestParam(required = false) String seen, RedirectAttributes redirect) {
		NegotiatingTexts.Rearrangement how = parse(NegotiatingTexts.Rearrangement.class, action);
		return write(id, seen, false, redirect, "texts.done", () -> {
			texts.rearrange(Viewers.current(), id, eId, how);
			return null;
		});
	}

	/** The co-chairs' edit of the title and chapeau; on a clash with another edit, what they wrote comes back. */
	@PostMapping("/texts/{id}/heading")
	String editHeading(@PathVariable UUID id, @RequestParam(required = false) String seen,
			@RequestParam(required = false) String title, @RequestParam(required = false) String titleRu,
			@RequestParam(required = false) String chapeau, @RequestParam(required = false) String chapeauRu,
			@RequestParam(defaultValue = "false") boolean russianMatches, RedirectAttributes redirect) {
		NegotiatingTexts.Heading heading = new NegotiatingTexts.Heading(title, titleRu, chapeau, chapeauRu, russianMatches);
		redirect.addFlashAttribute("heading", heading);
		return write(id, seen, false, redirect, "texts.headingSaved", () -> texts.editHeading(Viewers.current(), id, heading));
	}

	/** A form's wording as typed, to show again if it is refused. */
	record WordingForm(String provision, String textEn, String textRu, String sponsor, boolean confidential) {
	}

	@PostMapping("/texts/{id}/wordings")
	String propose(@PathVariable UUID id, @RequestParam(required = false) String provision,
			@RequestParam(required = false) String textEn, @RequestParam(required = false) String textRu,
			@RequestParam(required = false) String sponsor, @RequestParam(defaultValue = "false") boolean confidential,
			@RequestParam(required = false) String seen, RedirectAttributes redirect) {
		redirect.addFlashAttribute("draft", new WordingForm(provision, textEn, textRu, sponsor, confidential));
		return write(id, seen, false, redirect, "texts.wordingProposed", () -> {
			requireChosen(id, provision, "texts.provisionRequired");
			return texts.propose(Viewers.current(), id, provision,
					new NegotiatingTexts.NewWording(textEn, textRu, sponsor, confidential));
		});
	}

	@PostMapping("/texts/{id}/cosponsors")
	String cosponsor(@PathVariable UUID id, @RequestParam(required = false) UUID wording,
			@RequestParam(required = false) String seen, RedirectAttributes redirect) {
		Viewers.current().requireParticipant();
		return write(id, seen, false, redirect, "texts.cosponsored", () -> {
			requireChosen(id, wording, "texts.wordingRequired");
			texts.cosponsor(Viewers.current(), id, wording);
			return null;
		});
	}

	/** A wording's Russian version, from its sponsor. */
	@PostMapping("/texts/{id}/translations")
	String translate(@PathVariable UUID id, @RequestParam(required = false) String seen,
			@RequestParam(required = false) UUID wording, @RequestParam(required = false) String textRu,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("translation", Map.of("wording", String.valueOf(wording), "textRu",
				textRu == null ? "" : textRu));
		return write(id, seen, false, redirect, "texts.translated", () -> {
			requireChosen(id, wording, "texts.wordingRequired");
			texts.translate(Viewers.current(), id, wording, textRu);
			return null;
		});
	}

	/** Its sponsor withdraws a wording nobody has stated on. */
	@PostMapping("/texts/{id}/withdrawals")
	String withdraw(@PathVariable UUID id, @RequestParam(required = false) UUID wording,
			@RequestParam(required = false) String seen, RedirectAttributes redirect) {
		return write(id, seen, true, redirect, "texts.withdrawn", () -> {
			requireChosen(id, wording, "texts.wordingRequired");
			texts.withdraw(Viewers.current(), id, wording);
			return null;
		});
	}

	/** A stance as typed, to show again if it is refused. */
	record StanceForm(UUID wording, StanceKind stance, String comment) {
	}

	@PostMapping("/texts/{id}/stances")
	String state(@PathVariable UUID id, @RequestParam(required = false) UUID wording,
			@RequestParam(required = false) StanceKind stance, @RequestParam(required = false) String comment,
			@RequestParam(required = false) String seen, RedirectAttributes redirect) {
		Viewers.current().requireParticipant();
		redirect.addFlashAttribute("stanceDraft", new StanceForm(wording, stance, comment));
		return write(id, seen, true, redirect, "texts.stanceStated", () -> {
			requireChosen(id, wording, "texts.stanceRequired");
			texts.state(Viewers.current(), id, wording, stance, comment);
			return null;
		});
	}

	/**
	 * The co-chairs' actions on a text: share, circulate, freeze, unfreeze, reveal, agree, abandon, table. Sharing
	 * a private draft (or circulating it) names its audience and the groups whose stances it needs.
	 */
	@PostMapping("/texts/{id}/status")
	String status(@PathVariable UUID id, @RequestParam(required = false) String action,
			@RequestParam(required = false) UUID wording, @RequestParam(required = false) String seen,
			@RequestParam(required = false) String audience, @RequestParam(required = false) List<String> requiredGroups,
			RedirectAttributes redirect) {
		CoChairsAction chosen = CoChairsAction.parse(action).orElse(null);
		String notice = chosen == null ? "texts.done" : "texts.done." + chosen.key();
		String back = write(id, seen, true, redirect, notice, () -> {
			Audience shareWith = audience == null || audience.isBlank() ? null : Audience.parse(audience);
			texts.act(Viewers.current(), id, chosen, wording, new NegotiatingTexts.Sharing(shareWith, requiredGroups));
			return null;
		});
		if (notice.equals(redirect.getFlashAttributes().get("notice"))) {
			// the notice says what was done: which revision went out, how many groups' stances it awaits
			TextView done = reading.text(Viewers.current(), id);
			if (done.status() == TextStatus.AGREED_AD_REFERENDUM) {
				redirect.addFlashAttribute("notice", "texts.done.agreeAdReferendum");
			}
			redirect.addFlashAttribute("noticeArguments",
					new Object[] { done.revision(), done.requiredGroups().size() });
		}
		return back;
	}

	/** What was not chosen in a form: the text must still exist for the viewer (404 first), then the reason. */
	private void requireChosen(UUID id, Object chosen, String code) {
		if (chosen == null || chosen instanceof String text && text.isBlank()) {
			reading.text(Viewers.current(), id);
			throw new DeskException.Invalid(code);
		}
	}

	/**
	 * Runs a form's write, unless others changed the text since the form's page showed it ({@code seen}); then
	 * back to the text, with the notice, or with the refusal and what changed meanwhile. What the writer typed
	 * is in the flash attributes for the form to show again.
	 */
	private String write(UUID id, String seen, boolean stancesMatter, RedirectAttributes redirect, String notice,
			Supplier<?> action) {
		try {
			texts.unlessChangedSince(Viewers.current(), id, seen, stancesMatter, action);
			redirect.getFlashAttributes().clear(); // done: what the writer typed is not needed again
			redirect.addFlashAttribute("notice", notice);
		}
		catch (ChangedMeanwhile refused) {
			redirect.addFlashAttribute("changes", refused.changes());
			Refusals.flash(redirect, refused);
		}
		catch (TerminologyGate.Refused refused) {
			redirect.addFlashAttribute("gate", refused.blockers());
			Refusals.flash(redirect, refused);
		}
		catch (DeskException.Invalid | DeskException.Conflict refused) {
			Refusals.flash(redirect, refused);
		}
		return "redirect:/texts/" + id;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(value == null ? "" : value)) {
				return constant;
			}
		}
		return null;
	}
}
