package org.mediationdesk.commitments.web;

import java.util.List;
import java.util.stream.Collectors;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.mediationdesk.commitments.CommitmentFilter;
import org.mediationdesk.commitments.CommitmentSource;
import org.mediationdesk.commitments.CommitmentStatus;
import org.mediationdesk.commitments.CommitmentView;
import org.mediationdesk.commitments.CommitmentViews;
import org.mediationdesk.commitments.Commitments;
import org.mediationdesk.commitments.Makers;
import org.mediationdesk.commitments.NewCommitment;
import org.mediationdesk.commitments.NewProgress;
import org.mediationdesk.commitments.NewReading;
import org.mediationdesk.commitments.SourceKind;
import org.mediationdesk.confidentiality.AccessPolicy;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.identity.Viewers;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.shared.Refusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The commitments' pages: the list with its filters and the co-chairs' form to record one, a commitment with the
 * rounds that discussed it and the sides' readings (the forms to record a round's step and to give a side's
 * reading), and the public timeline. Each shows only what its reader may see.
 */
@Controller
class CommitmentsController {

	private final Commitments commitments;
	private final CommitmentViews views;
	private final ParticipantDirectory directory;
	private final AccessPolicy policy;
	private final RoundRecord rounds;

	CommitmentsController(Commitments commitments, CommitmentViews views, ParticipantDirectory directory,
			AccessPolicy policy, RoundRecord rounds) {
		this.commitments = commitments;
		this.views = views;
		this.directory = directory;
		this.policy = policy;
		this.rounds = rounds;
	}

	/** The co-chairs' form for a new commitment; {@code audience} is an audience's key ({@code PUBLIC} …). */
	record CommitmentForm(String title, String titleRu, String titleKa, String text, String textRu, String textKa,
			List<String> groups, Boolean coChairs, String mechanism, SourceKind sourceKind, Integer sourceRound,
			String sourceReference, String sourceLink, String audience, Integer round, CommitmentStatus status,
			String note, String noteRu, String noteKa) {

		NewCommitment commitment() {
			return new NewCommitment(title, titleRu, titleKa, text, textRu, textKa,
					new Makers(groups, Boolean.TRUE.equals(coChairs), mechanism),
					new CommitmentSource(sourceKind, sourceRound, sourceReference, sourceLink),
					audience == null || audience.isBlank() ? null : Audience.parse(audience),
					new NewProgress(round, status, note, noteRu, noteKa));
		}
	}

	record ProgressForm(Integer round, CommitmentStatus status, String note, String noteRu, String noteKa,
			Boolean confidential, String sourceLink) {

		NewProgress progress() {
			return new NewProgress(round, status, note, noteRu, noteKa, confidential, sourceLink);
		}
	}

	record ReadingForm(String text) {
	}

	/** The field of the forms each refusal is about, so that the page puts the message by it. */
	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("commitments.titleRequired", "title"),
			Map.entry("commitments.titleTooLong", "titleRu"), Map.entry("commitments.textRequired", "text"),
			Map.entry("commitments.textTooLong", "textRu"), Map.entry("commitments.makersRequired", "groups"),
			Map.entry("commitments.groupUnknown", "groups"), Map.entry("commitments.mechanismTooLong", "mechanism"),
			Map.entry("commitments.sourceRequired", "sourceKind"),
			Map.entry("commitments.sourceRoundRequired", "sourceRound"),
			Map.entry("commitments.referenceTooLong", "sourceReference"),
			Map.entry("commitments.linkInvalid", "sourceLink"), Map.entry("commitments.audienceNotAllowed", "audience"),
			Map.entry("audience.required", "audience"), Map.entry("audience.unknown", "audience"),
			Map.entry("commitments.roundRequired", "round"), Map.entry("commitments.roundUnknown", "round"),
			Map.entry("commitments.statusRequired", "status"), Map.entry("commitments.noteRequired", "note"),
			Map.entry("commitments.noteTooLong", "noteRu"), Map.entry("commitments.readingRequired", "text"),
			Map.entry("commitments.raisedOnlyFirst", "status"),
			Map.entry("commitments.roundAlreadyRecorded", "round"), Map.entry("commitments.roundBeforeLast", "round"));

	@GetMapping("/commitments")
	String list(@RequestParam(required = false) CommitmentStatus status, @RequestParam(required = false) String group,
			@RequestParam(required = false) Integer round, Locale locale, Model model) {
		Viewer viewer = Viewers.current();
		LanguageCode language = LanguageCode.ofInterface(locale);
		CommitmentFilter filter = new CommitmentFilter(status, group, round);
		model.addAttribute("filter", filter);
		model.addAttribute("commitments", views.list(viewer, filter, language));
		model.addAttribute("statuses", CommitmentStatus.values());
		model.addAttribute("groups", directory.allGroups());
		model.addAttribute("mayRecord", viewer.isMediator());
		if (viewer.isMediator()) {
			List<UUID> groupIds = directory.allGroups().stream().map(GroupView::id).toList();
			model.addAttribute("audiences", policy.assignable(viewer, groupIds));
			model.addAttribute("groupNames", directory.allGroups().stream()
				.collect(Collectors.toMap(GroupView::id, g -> g.label(language))));
			model.addAttribute("sourceKinds", SourceKind.values());
			model.addAttribute("latestRound", rounds.latestNumber().orElse(null));
		}
		return "commitments/list";
	}

	@PostMapping("/commitments")
	String record(@ModelAttribute CommitmentForm form, Locale locale, RedirectAttributes redirect) {
		Viewer viewer = Viewers.current().requireMediator();
		try {
			CommitmentView made = commitments.record(viewer, parsed(form), LanguageCode.ofInterface(locale));
			redirect.addFlashAttribute("notice", "commitments.recorded");
			return "redirect:/commitments/" + made.id();
		}
		catch (DeskException.Invalid | DeskException.Conflict refused) {
			refuse(redirect, refused);
			return "redirect:/commitments#record-commitment";
		}
	}

	private static NewCommitment parsed(CommitmentForm form) {
		return form.commitment();
	}

	@GetMapping("/commitments/{id}")
	String show(@PathVariable String id, Locale locale, Model model) {
		Viewer viewer = Viewers.current();
		CommitmentView commitment = views.commitment(viewer, id, LanguageCode.ofInterface(locale));
		model.addAttribute("commitment", commitment);
		model.addAttribute("statuses", Arrays.stream(CommitmentStatus.values())
			.filter(status -> status != CommitmentStatus.RAISED).toList());
		model.addAttribute("latestRound", rounds.latestNumber().orElse(null));
		return "commitments/show";
	}

	@PostMapping("/commitments/{id}/progress")
	String progress(@PathVariable String id, @ModelAttribute ProgressForm form, Locale locale,
			RedirectAttributes redirect) {
		Viewer viewer = Viewers.current().requireMediator();
		CommitmentView commitment = views.commitment(viewer, id, LanguageCode.ofInterface(locale));
		try {
			commitments.progress(viewer, id, form.progress(), LanguageCode.ofInterface(locale));
			redirect.addFlashAttribute("notice", "commitments.progressed");
			return "redirect:/commitments/" + commitment.id() + "#steps";
		}
		catch (DeskException.Invalid | DeskException.Conflict refused) {
			refuse(redirect, refused);
			return "redirect:/commitments/" + commitment.id() + "#progress-section";
		}
	}

	@PostMapping("/commitments/{id}/readings")
	String read(@PathVariable String id, @ModelAttribute ReadingForm form, Locale locale, RedirectAttributes redirect) {
		Viewer viewer = Viewers.current().requireParticipant();
		CommitmentView commitment = views.commitment(viewer, id, LanguageCode.ofInterface(locale));
		try {
			commitments.read(viewer, id, new NewReading(form.text()), LanguageCode.ofInterface(locale));
			redirect.addFlashAttribute("notice", "commitments.readingGiven");
			return "redirect:/commitments/" + commitment.id() + "#readings";
		}
		catch (DeskException.Invalid | DeskException.Conflict refused) {
			refuse(redirect, refused);
			return "redirect:/commitments/" + commitment.id() + "#reading-section";
		}
	}

	private static void refuse(RedirectAttributes redirect, DeskException refused) {
		Refusals.flash(redirect, refused);
		String field = FIELDS.get(refused.code());
		if (field != null) {
			redirect.addFlashAttribute("problemField", field);
		}
	}
}
