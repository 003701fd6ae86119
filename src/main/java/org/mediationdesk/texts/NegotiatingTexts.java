package org.mediationdesk.texts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.mediationdesk.confidentiality.AccessPolicy;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.terminology.TerminologyGate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The negotiating texts, for those who negotiate them: the co-chairs and secretariat create a text, add
 * provisions and wordings, circulate, freeze, reveal and agree; participants propose wordings for their group,
 * join, translate or withdraw them, and state its stances. Each call says who acts, is checked here, and is one
 * transaction; the rules are the text's own ({@link NegotiatingText}), and each change is told as an event
 * ({@link TextEvent}), from which the history and the audit log are written. Reading is {@link TextReading}'s.
 */
@Service
public class NegotiatingTexts {

	/** The sponsor of the co-chairs' own wordings, and their side in a text's history. */
	public static final String CO_CHAIRS = SponsoredWording.CO_CHAIRS;

	private final TextStore store;
	private final StanceLog stances;
	private final Revisions revisions;
	private final TextHistoryLog history;
	private final TextViews views;
	private final Sides sides;
	private final AccessPolicy policy;
	private final ParticipantDirectory directory;
	private final TerminologyGate gate;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	NegotiatingTexts(TextStore store, StanceLog stances, Revisions revisions, TextHistoryLog history, TextViews views,
			Sides sides, AccessPolicy policy, ParticipantDirectory directory, TerminologyGate gate,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.stances = stances;
		this.revisions = revisions;
		this.history = history;
		this.views = views;
		this.sides = sides;
		this.policy = policy;
		this.directory = directory;
		this.gate = gate;
		this.events = events;
		this.clock = clock;
	}

	/** A text to create: its symbol, titles, chapeau, audience and the groups whose stances it needs. */
	public record NewText(String symbol, String title, String titleRu, String chapeau, Audience audience,
			List<String> requiredGroups) {
	}

	/** A wording of a provision, in English and (optionally) Russian, perhaps in confidence to the co-chairs. */
	public record NewWording(String textEn, String textRu, String sponsor, boolean confidential) {
	}

	/**
	 * The new title and chapeau, in English and Russian (blank: no Russian version).
	 *
	 * @param russianMatches whether the Russian title and chapeau, as sent, say what the English say now: so
	 *        marked, a Russian version out of date with a changed English one is aligned again without a change
	 */
	public record Heading(String title, String titleRu, String chapeau, String chapeauRu, Boolean russianMatches) {

		public Heading(String title, String titleRu, String chapeau, String chapeauRu) {
			this(title, titleRu, chapeau, chapeauRu, false);
		}
	}

	/**
	 * How a private draft is shared: with which audience, asking the stances of which groups. Either may be
	 * {@code null}: then the audience and groups chosen when the text was created.
	 */
	public record Sharing(Audience audience, List<String> requiredGroups) {
	}

	/** Groups named for their stances, each known and able to read a text of the audience; at least one if {@code needed}. */
	private List<String> requiredGroups(List<String> codes, Audience audience, boolean needed) {
		List<String> required = new ArrayList<>();
		for (String code : codes == null ? List.<String>of() : codes) {
			GroupView group = directory.groupByCode(code).orElseThrow(() -> new DeskException.Invalid("meeting.groupUnknown", code));
			if (!sides.groupMaySee(group, audience)) {
				throw new DeskException.Invalid("texts.requiredCannotSee", group.code());
			}
			if (!required.contains(group.code())) {
				required.add(group.code());
			}
		}
		if (needed && required.isEmpty()) {
			throw new DeskException.Invalid("texts.requiredGroups");
		}
		return required;
	}

	/** Ends the co-chairs' private drafting of the text, with the audience and the groups chosen now or before. */
	private void share(Viewer viewer, NegotiatingText text, Sharing sharing) {
		Audience audience = sharing != null && sharing.audience() != null ? sharing.audience() : text.intendedAudience();
		if (!policy.mayAssign(viewer, audience)) {
			throw new DeskException.Invalid("document.audienceNotAllowed");
		}
		List<String> named = sharing != null && sharing.requiredGroups() != null && !sharing.requiredGroups().isEmpty()
				? sharing.requiredGroups() : text.requiredGroups();
		text.share(audience, requiredGroups(named, audience, true));
	}

	/**
	 * Creates a text as the co-chairs' private draft: nobody else sees it, its history or its files until it is
	 * shared for information or circulated ({@link #share}).
	 */
	@Transactional
	public TextView create(Viewer viewer, NewText draft) {
		viewer.requireMediator();
		String symbol = Wording.line(draft.symbol(), 100, "texts.symbolInvalid");
		String title = Wording.line(draft.title(), 300, "texts.titleInvalid");
		if (store.symbolTaken(symbol)) {
			throw new DeskException.Conflict("texts.symbolTaken", symbol);
		}
		if (draft.audience() == null || !policy.mayAssign(viewer, draft.audience())) {
			throw new DeskException.Invalid("document.audienceNotAllowed");
		}
		// the groups may be named now, or when the text is shared: until then it is the co-chairs' own
		List<String> required = requiredGroups(draft.requiredGroups(), draft.audience(), false);
		String titleRu = Wording.optionalLine(draft.titleRu(), 300, "texts.titleInvalid");
		NegotiatingText text = store.save(NegotiatingText.create(symbol, title, titleRu,
				Wording.optional(draft.chapeau(), "texts.chapeauTooLong"), draft.audience(), required, viewer.username()));
		publish(new TextEvent.TextCreated(text.id(), text.symbol(), viewer.username(), sides.sideOf(viewer), text.audience()));
		return views.view(viewer, text);
	}

	/** Adds a provision at the end; its id ({@code para_n}) is never given again. */
	@Transactional
	public String addProvision(Viewer viewer, UUID textId) {
		NegotiatingText text = load(viewer.requireMediator(), textId);
		String eId = text.addProvision();
		save(text, new TextEvent.ProvisionAdded(text.id(), text.symbol(), viewer.username(), sides.sideOf(viewer),
				text.audience(), eId));
		return eId;
	}

	/** How the co-chairs rearrange a provision. */
	public enum Rearrangement {
		UP, DOWN, REMOVE
	}

	/** Moves a provision one place up or down, or removes it (its wordings and stances stay on record). */
	@Transactional
	public void rearrange(Viewer viewer, UUID textId, String eId, Rearrangement how) {
		NegotiatingText text = load(viewer.requireMediator(), textId);
		if (how == null) {
			text.provision(eId);
			throw new DeskException.Invalid("texts.actionUnknown", "up, down, remove");
		}
		String side = sides.sideOf(viewer);
		if (how == Rearrangement.REMOVE) {
			text.removeProvision(eId);
			save(text, new TextEvent.ProvisionRemoved(text.id(), text.symbol(), viewer.username(), side, text.audience(), eId));
		}
		else {
			text.moveProvision(eId, how == Rearrangement.UP);
			save(text, new TextEvent.ProvisionMoved(text.id(), text.symbol(), viewer.username(), side, text.audience(), eId,
					how == Rearrangement.UP));
		}
	}

	/**
	 * Proposes a wording for a provision. A participant proposes for their own group; the co-chairs propose
	 * their own, or put one forward in a group's name. In confidence, only its sponsor and the co-chairs see it.
	 */
	@Transactional
	public UUID propose(Viewer viewer, UUID textId, String eId, NewWording proposal) {
		NegotiatingText text = load(viewer.requireMediatorOrParticipant(), textId);
		String sponsor = viewer.isParticipant() ? sides.ownGroup(viewer) : sides.sponsorNamed(proposal.sponsor());
		SponsoredWording wording = text.propose(eId, sponsor, Wording.required(proposal.textEn(), "texts.wordingInvalid"),
				Wording.optional(proposal.textRu(), "texts.wordingInvalid"), proposal.confidential(), viewer.username(),
				clock.instant());
		save(text, new TextEvent.WordingProposed(text.id(), text.symbol(), viewer.username(), sides.sideOf(viewer),
				sides.audienceOf(text, wording), eId, wording.id(), sponsor, wording.confidential()));
		return wording.id();
	}

	/** A participant's group joins a tabled wording as one of its sponsors. */
	@Transactional
	public void cosponsor(Viewer viewer, UUID textId, UUID wordingId) {
		NegotiatingText text = load(viewer.requireParticipant(), textId);
		String group = sides.ownGroup(viewer);
		SponsoredWording wording = readable(viewer, text, wordingId);
		text.cosponsor(wordingId, group);
		save(text, new TextEvent.WordingCosponsored(text.id(), text.symbol(), viewer.username(), group, text.audience(),
				wording.provision(), wordingId, group));
	}

	/** Gives a wording its Russian version, or a new one: only its sponsor puts a side's words into Russian. */
	@Transactional
	public void translate(Viewer viewer, UUID textId, UUID wordingId, String textRu) {
		NegotiatingText text = load(viewer.requireMediatorOrParticipant(), textId);
		SponsoredWording wording = readable(viewer, text, wordingId);
		text.translate(wordingId, sides.sideOf(viewer), Wording.required(textRu, "texts.wordingInvalid"));
		save(text, new TextEvent.WordingTranslated(text.id(), text.symbol(), viewer.username(), sides.sideOf(viewer),
				sides.audienceOf(text, wording), wording.provision(), wordingId, wording.sponsor()));
	}

	/**
	 * Its sponsor takes a wording back while nobody has stated on it; it stays on record, withdrawn. A group
	 * learns nothing from it of the stances sealed from it: only a stance it may see (its own, or one unsealed)
	 * stops its withdrawal; the co-chairs, who know how many are sealed, are stopped by any.
	 */
	@Transactional
	public void withdraw(Viewer viewer, UUID textId, UUID wordingId) {
		NegotiatingText text = load(viewer.requireMediatorOrParticipant(), textId);
		SponsoredWording wording = readable(viewer, text, wordingId);
		StanceMatrix matrix = stances.matrix(text);
		boolean stated = viewer.isMediator() ? matrix.anyStance(wordingId)
				: !matrix.visibleTo(wordingId, sides.groupOf(viewer)).isEmpty();
		text.withdraw(wordingId, sides.sideOf(viewer), stated);
		save(text, new TextEvent.WordingWithdrawn(text.id(), text.symbol(), viewer.username(), sides.sideOf(viewer),
				sides.audienceOf(text, wording), wording.provision(), wordingId, wording.sponsor()));
	}

	/**
	 * States the viewer's group's stance on a wording; a later stance replaces it, and the earlier ones are kept.
	 * That the group stated is for it and the co-chairs; on what, and what it stated, is not on record.
	 */
	@Transactional
	public void state(Viewer viewer, UUID textId, UUID wordingId, StanceKind stance, String comment) {
		NegotiatingText text = load(viewer.requireParticipant(), textId);
		String group = sides.ownGroup(viewer);
		readable(viewer, text, wordingId);
		text.requireStance(wordingId, group);
		if (stance == null) {
			throw new DeskException.Invalid("texts.stanceRequired");
		}
		String note = Wording.printable(comment);
		if (note != null && note.length() > 1000) {
			throw new DeskException.Invalid("texts.commentTooLong", 1000);
		}
		stances.append(textId, wordingId, group, stance, note == null || note.isEmpty() ? null : note, viewer.username(),
				clock.instant());
		save(text, new TextEvent.StanceStated(text.id(), text.symbol(), viewer.username(), group,
				sides.confidedBy(text, group), group));
	}

	/** One of the co-chairs' actions; {@code TABLE} names the wording to table. */
	@Transactional
	public void act(Viewer viewer, UUID textId, CoChairsAction action, UUID wording) {
		act(viewer, textId, action, wording, null);
	}

	/** Shares the co-chairs' private draft with its audience for information, without circulating a revision. */
	@Transactional
	public TextView share(Viewer viewer, UUID textId, Sharing sharing) {
		act(viewer, textId, CoChairsAction.SHARE, null, sharing);
		return views.view(viewer, load(viewer, textId));
	}

	/**
	 * One of the co-chairs' actions; {@code TABLE} names the wording to table. Sharing a private draft, or
	 * circulating it (which shares it), takes the audience and the groups whose stances it needs ({@code sharing},
	 * or what was chosen at its creation); on a text already shared, {@code sharing} is not used.
	 */
	@Transactional
	public void act(Viewer viewer, UUID textId, CoChairsAction action, UUID wording, Sharing sharing) {
		NegotiatingText text = load(viewer.requireMediator(), textId);
		if (action == null) {
			throw new DeskException.Invalid("texts.actionUnknown",
					"share, circulate, freeze, unfreeze, reveal, agree, abandon, table");
		}
		String actor = viewer.username();
		String side = sides.sideOf(viewer);
		TextEvent event = switch (action) {
			case SHARE -> {
				if (!text.availableActions().contains(CoChairsAction.SHARE)) {
					throw new DeskException.Conflict("texts.alreadyShared");
				}
				share(viewer, text, sharing);
				yield new TextEvent.TextShared(text.id(), text.symbol(), actor, side, text.audience());
			}
			case CIRCULATE -> {
				if (text.privateDraft() && text.editable()) {
					share(viewer, text, sharing);
				}
				gate.requireNeutral(text.coChairsPassages());
				int number = text.circulate();
				revisions.store(text.id(), number, LocalDate.now(clock), RevisionSnapshot.of(text, stances.matrix(text)));
				yield new TextEvent.TextCirculated(text.id(), text.symbol(), actor, side, text.audience(), number);
			}
			case FREEZE -> {
				text.freeze();
				yield new TextEvent.TextFrozen(text.id(), text.symbol(), actor, side, text.audience());
			}
			case UNFREEZE -> {
				text.unfreeze();
				yield new TextEvent.TextUnfrozen(text.id(), text.symbol(), actor, side, text.audience());
			}
			case REVEAL -> {
				text.reveal(clock.instant());
				yield new TextEvent.StancesRevealed(text.id(), text.symbol(), actor, side, text.audience());
			}
			case AGREE -> {
				text.agree(stances.matrix(text).settled());
				yield new TextEvent.TextAgreed(text.id(), text.symbol(), actor, side, text.audience(),
						text.status() == TextStatus.AGREED_AD_REFERENDUM);
			}
			case ABANDON -> {
				text.abandon();
				yield new TextEvent.TextAbandoned(text.id(), text.symbol(), actor, side, text.audience());
			}
			case TABLE -> {
				if (wording == null) {
					throw new DeskException.Invalid("texts.wordingRequired");
				}
				SponsoredWording tabled = text.wording(wording);
				text.table(wording);
				yield new TextEvent.WordingTabled(text.id(), text.symbol(), actor, side, text.audience(), tabled.provision(),
						wording, tabled.sponsor());
			}
		};
		save(text, event);
	}

	/** Circulates the text as its next revision; refused while the co-chairs' own words take a side. */
	@Transactional
	public int circulate(Viewer viewer, UUID textId) {
		act(viewer, textId, CoChairsAction.CIRCULATE, null);
		return load(viewer, textId).revision();
	}

	@Transactional
	public TextView freeze(Viewer viewer, UUID textId, boolean frozen) {
		return actAndView(viewer, textId, frozen ? CoChairsAction.FREEZE : CoChairsAction.UNFREEZE);
	}

	@Transactional
	public TextView reveal(Viewer viewer, UUID textId) {
		return actAndView(viewer, textId, CoChairsAction.REVEAL);
	}

	/** Marks the text agreed ad referendum (every provision settled), then agreed. */
	@Transactional
	public TextView agree(Viewer viewer, UUID textId) {
		return actAndView(viewer, textId, CoChairsAction.AGREE);
	}

	@Transactional
	public TextView abandon(Viewer viewer, UUID textId) {
		return actAndView(viewer, textId, CoChairsAction.ABANDON);
	}

	@Transactional
	public void table(Viewer viewer, UUID textId, UUID wording) {
		act(viewer, textId, CoChairsAction.TABLE, wording);
	}

	private TextView actAndView(Viewer viewer, UUID textId, CoChairsAction action) {
		act(viewer, textId, action, null);
		return views.view(viewer, load(viewer, textId));
	}

	/**
	 * The co-chairs change the title and chapeau while the text is a draft or circulated. A save that changes
	 * nothing is not on record, and overtakes nobody's page.
	 */
	@Transactional
	public TextView editHeading(Viewer viewer, UUID textId, Heading heading) {
		NegotiatingText text = load(viewer.requireMediator(), textId);
		String titleRu = Wording.optionalLine(heading.titleRu(), 300, "texts.titleInvalid");
		List<String> changed = text.editHeading(Wording.line(heading.title(), 300, "texts.titleInvalid"), titleRu,
				Wording.optional(heading.chapeau(), "texts.chapeauTooLong"),
				Wording.optional(heading.chapeauRu(), "texts.chapeauTooLong"), Boolean.TRUE.equals(heading.russianMatches()));
		if (!changed.isEmpty()) {
			save(text, new TextEvent.HeadingEdited(text.id(), text.symbol(), viewer.username(), sides.sideOf(viewer),
					text.audience(), changed));
		}
		return views.view(viewer, text);
	}

	/**
	 * Runs a write made on a view of the text that showed the first {@code seen} changes of its history (as the
	 * writer may see it), unless others have changed the text since in ways the writer may see: then nothing is
	 * written, and the refusal lists those changes. Stances stated since count only if {@code stancesMatter} (for
	 * a stance, and for the co-chairs' actions on the whole text); they do not stop an edit of the wording.
	 * {@code seen} {@code null}: the writer did not say what they saw, and the write goes ahead.
	 */
	@Transactional
	public <T> T unlessChangedSince(Viewer viewer, UUID textId, Long seen, boolean stancesMatter, Supplier<T> write) {
		return unlessSeenChanged(viewer, textId, seen == null ? null : new TextVersion(seen, null), stancesMatter, write);
	}

	/**
	 * Runs a write made on a version of the text as the writer saw it (a text's {@code ETag}, or the {@code seen}
	 * of its page's forms), unless what the writer may see has changed since: others' changes that the writer
	 * may see (stances among them only if {@code stancesMatter}), or, if {@code stancesMatter}, anything else the
	 * view showed them, such as stances that another group's stance revealed. Then nothing is written, and the
	 * refusal lists the changes. {@code version} {@code null} or {@code *}: the write goes ahead.
	 */
	@Transactional
	public <T> T unlessChangedSince(Viewer viewer, UUID textId, String version, boolean stancesMatter, Supplier<T> write) {
		return unlessSeenChanged(viewer, textId, TextVersion.parse(version), stancesMatter, write);
	}

	/**
	 * The write is tried after the view is taken, in the same transaction, so that a write the viewer may not
	 * make at all is refused as such, and undone if the view was stale.
	 */
	private <T> T unlessSeenChanged(Viewer viewer, UUID textId, TextVersion seen, boolean stancesMatter,
			Supplier<T> write) {
		boolean viewChanged = seen != null && seen.digest() != null && stancesMatter
				&& !seen.sameViewAs(TextVersion.of(views.view(viewer, load(viewer, textId))));
		T result = write.get();
		if (seen != null) {
			List<TextHistory.Change> since = history.since(viewer, textId, seen.changes(), stancesMatter);
			if (!since.isEmpty()) {
				throw new ChangedMeanwhile(since);
			}
			if (viewChanged) {
				throw new DeskException.Stale("texts.viewChanged");
			}
		}
		return result;
	}

	private NegotiatingText load(Viewer viewer, UUID textId) {
		return store.find(textId).filter(text -> policy.maySee(viewer, text.audience()))
			.orElseThrow(DeskException.NotFound::new);
	}

	/** A wording the viewer may read (404 otherwise: a wording in confidence does not exist for others). */
	private SponsoredWording readable(Viewer viewer, NegotiatingText text, UUID wordingId) {
		return text.findWording(wordingId).filter(wording -> sides.mayRead(viewer, text, wording))
			.orElseThrow(DeskException.NotFound::new);
	}

	/** Saves the text (its version refuses the second of two simultaneous writes) and tells what happened. */
	private void save(NegotiatingText text, TextEvent event) {
		store.save(text);
		publish(event);
	}

	private void publish(TextEvent event) {
		events.publishEvent(event);
	}
}
