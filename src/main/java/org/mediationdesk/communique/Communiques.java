package org.mediationdesk.communique;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.mediationdesk.communique.CommuniqueEvent.CommuniqueApprovalsWithdrawn;
import org.mediationdesk.communique.CommuniqueEvent.CommuniqueApproved;
import org.mediationdesk.communique.CommuniqueEvent.CommuniqueDrafted;
import org.mediationdesk.communique.CommuniqueEvent.CommuniqueEdited;
import org.mediationdesk.communique.CommuniqueEvent.CommuniqueEmbargoed;
import org.mediationdesk.communique.CommuniqueEvent.CommuniquePublished;
import org.mediationdesk.communique.CommuniqueEvent.CommuniqueShared;
import org.mediationdesk.communique.CommuniqueEvent.CommuniqueVersionConfirmed;
import org.mediationdesk.communique.CommuniqueEvent.CommuniqueVersionWithdrawn;
import org.mediationdesk.confidentiality.AccessPolicy;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.process.RoundStatus;
import org.mediationdesk.process.RoundView;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.Institution;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.terminology.TerminologyGate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The co-chairs' communiqués: drafted from the record, edited per language, approved by the three institutions,
 * shared with the participants if the co-chairs wish, and published at once or at the embargo time. A draft is the
 * co-chairs' and the secretariat's ({@code CO_CHAIRS}), a shared draft the participants' too; what is published is
 * everyone's. What a viewer may not see answers as if it did not exist.
 */
@Service
public class Communiques {

	private final CommuniqueRepository communiques;
	private final RoundRecord rounds;
	private final RecordDraft sections;
	private final TerminologyGate gate;
	private final AccessPolicy policy;
	private final Phrases phrases;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate separately;
	private final Clock clock;

	Communiques(CommuniqueRepository communiques, RoundRecord rounds, RecordDraft sections,
			TerminologyGate gate, AccessPolicy policy, Phrases phrases, JdbcClient jdbc,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.communiques = communiques;
		this.rounds = rounds;
		this.sections = sections;
		this.gate = gate;
		this.policy = policy;
		this.phrases = phrases;
		this.jdbc = jdbc;
		this.events = events;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** The page of a round's communiqué as the viewer may see it; 404 if they may see none and may not draft one. */
	@Transactional(readOnly = true)
	public CommuniquePage page(Viewer viewer, int number) {
		RoundView round = rounds.round(viewer, number);
		List<Communique> editions = communiques.findByRoundNumberOrderByEditionDesc(number);
		Optional<Communique> working = working(editions).filter(found -> maySeeWorking(viewer, found));
		List<CommuniqueView> published = editions.stream()
			.filter(found -> found.status() == CommuniqueStatus.PUBLISHED)
			.map(found -> view(viewer, found))
			.toList();
		boolean mediator = viewer.isMediator();
		if (working.isEmpty() && published.isEmpty() && !mediator) {
			throw new DeskException.NotFound();
		}
		CommuniqueView workingView = working.map(found -> view(viewer, found)).orElse(null);
		CommuniqueView.ApprovalView withdrawn = null;
		Set<CommuniqueAction> actions = EnumSet.noneOf(CommuniqueAction.class);
		List<TerminologyGate.Blocker> blockers = List.of();
		if (mediator && working.isPresent()) {
			Communique found = working.get();
			if (found.activeApprovals().stream().noneMatch(approval -> approval.approvedBy().equals(viewer.username()))) {
				withdrawn = found.approvalHistory()
					.stream()
					.filter(approval -> !approval.active() && approval.approvedBy().equals(viewer.username()))
					.reduce((first, second) -> second)
					.map(Communiques::approvalView)
					.orElse(null);
			}
			actions = found.availableActions(viewer.institution());
			blockers = gate.blockers(passages(found));
		}
		else if (mediator && working(editions).isEmpty() && !editions.isEmpty()) {
			actions = editions.get(0).availableActions(viewer.institution());
		}
		boolean held = round.status() == RoundStatus.HELD;
		return new CommuniquePage(round, workingView, published, withdrawn, actions,
				mediator && editions.isEmpty() && held, actions.contains(CommuniqueAction.APPROVE) ? viewer.institution()
						: null, blockers, mediator && editions.isEmpty() && !held);
	}

	/**
	 * The communiqué as the viewer may read it: the edition being prepared for those who may see it, else the latest
	 * published; 404 if neither.
	 */
	@Transactional(readOnly = true)
	public CommuniqueView current(Viewer viewer, int number) {
		rounds.round(viewer, number);
		return latest(viewer, number).map(found -> view(viewer, found)).orElseThrow(DeskException.NotFound::new);
	}

	/** Every published edition of a round's communiqué, newest first (public). */
	@Transactional(readOnly = true)
	public List<CommuniqueView> published(Viewer viewer, int number) {
		rounds.round(viewer, number);
		return communiques.findByRoundNumberOrderByEditionDesc(number)
			.stream()
			.filter(found -> found.status() == CommuniqueStatus.PUBLISHED)
			.map(found -> view(viewer, found))
			.toList();
	}

	/** Every published edition of every round, oldest publication first: the public record. */
	@Transactional(readOnly = true)
	public List<CommuniqueView> allPublished() {
		return communiques.findByStatusOrderByPublishedAtAsc(CommuniqueStatus.PUBLISHED)
			.stream()
			.map(found -> view(Viewer.anonymous(), found))
			.toList();
	}

	/** The summary for the round's page, or {@code null} if the viewer may see no communiqué of the round. */
	@Transactional(readOnly = true)
	public CommuniqueSummary summary(Viewer viewer, int number, LanguageCode language) {
		return latest(viewer, number).map(found -> new CommuniqueSummary(title(found, language),
				found.paragraphs(language), found.publishedAt(), path(found), language)).orElse(null);
	}

	/** An edition as the viewer may read it, for an export: a given edition, or the one {@link #current} answers. */
	@Transactional(readOnly = true)
	public CommuniqueView edition(Viewer viewer, int number, Integer edition) {
		if (edition == null) {
			return current(viewer, number);
		}
		rounds.round(viewer, number);
		return communiques.findByRoundNumberOrderByEditionDesc(number)
			.stream()
			.filter(found -> found.edition() == edition)
			.filter(found -> found.status() == CommuniqueStatus.PUBLISHED || maySeeWorking(viewer, found))
			.findFirst()
			.map(found -> view(viewer, found))
			.orElseThrow(DeskException.NotFound::new);
	}

	/**
	 * Drafts the round's communiqué from the record, in English, Russian and Georgian, with one action. Co-chairs and
	 * secretariat; refused if the round already has one (a published communiqué is corrected, not redrafted), and
	 * for a round that was not held: one convened for the future, postponed, suspended or collapsed has no record of
	 * talks to write a communiqué from (it would say "was held").
	 */
	@Transactional
	public CommuniqueView draft(Viewer viewer, int number) {
		viewer.requireMediator();
		RoundView round = rounds.round(viewer, number);
		if (round.status() != RoundStatus.HELD) {
			throw new DeskException.Conflict("communique.roundNotHeld", number, round.status().name());
		}
		List<Communique> editions = communiques.findByRoundNumberOrderByEditionDesc(number);
		if (!editions.isEmpty()) {
			throw new DeskException.Conflict(working(editions).isPresent() ? "communique.draftExists"
					: "communique.correctInstead");
		}
		Map<LanguageCode, String> texts = new EnumMap<>(LanguageCode.class);
		for (LanguageCode language : LanguageCode.values()) {
			texts.put(language, String.join("\n\n", fromRecord(number, language)));
		}
		Communique communique = communiques.save(Communique.draft(number, 1, null, texts, viewer.username(), clock.instant()));
		events.publishEvent(new CommuniqueDrafted(viewer.username(), number, communique.id(), 1, null));
		return view(viewer, communique);
	}

	/** The paragraphs the record gives for a round, in a language, section by section. */
	List<String> fromRecord(int number, LanguageCode language) {
		return sections.paragraphs(number, language);
	}

	/**
	 * Opens a correction of the latest published edition: a new edition, dated when published, whose first paragraph
	 * says what it corrects; the texts of the corrected edition follow, for the co-chairs to correct.
	 */
	@Transactional
	public CommuniqueView correct(Viewer viewer, int number) {
		viewer.requireMediator();
		rounds.round(viewer, number);
		List<Communique> editions = communiques.findByRoundNumberOrderByEditionDesc(number);
		if (working(editions).isPresent()) {
			throw new DeskException.Conflict("communique.draftExists");
		}
		Communique corrected = editions.stream()
			.filter(found -> found.status() == CommuniqueStatus.PUBLISHED)
			.findFirst()
			.orElseThrow(() -> new DeskException.Conflict("communique.nothingToCorrect"));
		LocalDate publishedOn = corrected.publishedAt().atZone(ZoneOffset.UTC).toLocalDate();
		int edition = editions.get(0).edition() + 1;
		Communique correction = communiques.save(corrected.correct(edition,
				language -> phrases.say(language, "communique.text.corrects", phrases.date(language, publishedOn)),
				viewer.username(), clock.instant()));
		events.publishEvent(new CommuniqueDrafted(viewer.username(), number, correction.id(), edition, corrected.edition()));
		return view(viewer, correction);
	}

	/**
	 * Replaces one language's text of the edition being prepared. {@code seenVersion}, if given, is the version the
	 * editor read: if the communiqué changed since, nothing is saved. An edit withdraws every approval given, and those
	 * who had approved are told.
	 */
	@Transactional
	public CommuniqueView edit(Viewer viewer, int number, LanguageCode language, String text, Long seenVersion) {
		viewer.requireMediator();
		Communique communique = workingFor(viewer, number);
		if (language == null) {
			throw new DeskException.Invalid("communique.languageMissing");
		}
		if (seenVersion != null && seenVersion != communique.version()) {
			throw new DeskException.Stale("communique.changedSince");
		}
		List<CommuniqueApproval> withdrawn = communique.edit(language, text, viewer.username(), clock.instant());
		communiques.save(communique);
		events.publishEvent(new CommuniqueEdited(viewer.username(), number, communique.id(), language));
		if (!withdrawn.isEmpty()) {
			events.publishEvent(new CommuniqueApprovalsWithdrawn(viewer.username(), number, communique.id(),
					withdrawn.stream().map(CommuniqueApproval::approvedBy).toList(),
					withdrawn.stream().map(CommuniqueApproval::institution).toList()));
		}
		return view(viewer, communique);
	}

	/**
	 * Approves the text as it stands for the viewer's institution (a co-chair's account is tied to one). {@code seen}
	 * is the SHA-256 of the text the approver read: if the text changed since, it is refused. The terminology gate
	 * runs on every language first: a blocker refuses, naming the passage and its neutral form.
	 */
	@Transactional
	public CommuniqueView approve(Viewer viewer, int number, String seen) {
		viewer.requireMediator();
		Communique communique = workingFor(viewer, number);
		if (viewer.institution() == null) {
			throw new DeskException.Invalid("communique.approverWithoutInstitution");
		}
		gate.requireNeutral(passages(communique));
		CommuniqueApproval approval = communique.approve(viewer.institution(), viewer.username(), seen, clock.instant());
		communiques.save(communique);
		events.publishEvent(new CommuniqueApproved(viewer.username(), number, communique.id(), approval.institution(),
				approval.textHash()));
		return view(viewer, communique);
	}

	/**
	 * A co-chair confirms that a Russian or Georgian version still renders the English as it stands: it is no longer to
	 * be brought up to date. Refused for an account tied to no institution (the secretariat).
	 */
	@Transactional
	public CommuniqueView confirmVersion(Viewer viewer, int number, LanguageCode language) {
		Communique communique = forCoChair(viewer, number);
		communique.confirmVersion(language);
		saveUnlessChanged(communique);
		events.publishEvent(new CommuniqueVersionConfirmed(viewer.username(), number, communique.id(), language,
				communique.englishRevision()));
		return view(viewer, communique);
	}

	/**
	 * A co-chair withdraws a Russian or Georgian version from the edition being prepared: it then has no version in
	 * that language (and says so once published). The text changed: every approval given is withdrawn, and those who
	 * had approved are told.
	 */
	@Transactional
	public CommuniqueView withdrawVersion(Viewer viewer, int number, LanguageCode language) {
		Communique communique = forCoChair(viewer, number);
		List<CommuniqueApproval> withdrawn = communique.withdrawVersion(language, viewer.username(), clock.instant());
		saveUnlessChanged(communique);
		events.publishEvent(new CommuniqueVersionWithdrawn(viewer.username(), number, communique.id(), language));
		if (!withdrawn.isEmpty()) {
			events.publishEvent(new CommuniqueApprovalsWithdrawn(viewer.username(), number, communique.id(),
					withdrawn.stream().map(CommuniqueApproval::approvedBy).toList(),
					withdrawn.stream().map(CommuniqueApproval::institution).toList()));
		}
		return view(viewer, communique);
	}

	private Communique forCoChair(Viewer viewer, int number) {
		viewer.requireMediator();
		Communique communique = workingFor(viewer, number);
		if (viewer.institution() == null) {
			throw new DeskException.Invalid("communique.confirmerWithoutInstitution");
		}
		return communique;
	}

	/** Shares the edition being prepared with the participants, for their information. */
	@Transactional
	public CommuniqueView share(Viewer viewer, int number) {
		viewer.requireMediator();
		Communique communique = workingFor(viewer, number);
		if (!communique.shared()) {
			communique.share();
			communiques.save(communique);
			events.publishEvent(new CommuniqueShared(viewer.username(), number, communique.id()));
		}
		return view(viewer, communique);
	}

	/**
	 * With the three approvals, publishes now ({@code at} {@code null}) or sets the embargo time at which the
	 * publication job publishes it. Refused without the three approvals, naming the institutions still to approve.
	 */
	@Transactional
	public CommuniqueView publish(Viewer viewer, int number, Instant at) {
		viewer.requireMediator();
		Communique communique = workingFor(viewer, number);
		Instant now = clock.instant();
		if (at != null && !at.isAfter(now)) {
			throw new DeskException.Invalid("communique.embargoPast");
		}
		if (at != null) {
			communique.embargo(at);
			communiques.save(communique);
			events.publishEvent(new CommuniqueEmbargoed(viewer.username(), number, communique.id(), at));
			return view(viewer, communique);
		}
		communique.publish(now);
		saveUnlessChanged(communique);
		return published(viewer.username(), communique.id());
	}

	/**
	 * Publishes every communiqué whose embargo time has come, each in a transaction of its own, and answers how many
	 * this call published. The query for what is due only reads; each publication is the aggregate's, saved with its
	 * version, so that of two runs at once (on one node or on two), or of the job and a co-chair's "publish now", one
	 * publishes it and the other finds it changed and leaves it: each communiqué is published once.
	 */
	public int publishDue() {
		Instant now = clock.instant();
		List<UUID> due = jdbc.sql("SELECT id FROM communique WHERE status = 'EMBARGOED' AND embargo_until <= :now")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.query(UUID.class)
			.list();
		int published = 0;
		for (UUID id : due) {
			try {
				Boolean done = separately.execute(status -> publishIfDue(id, now));
				published += Boolean.TRUE.equals(done) ? 1 : 0;
			}
			catch (ConcurrencyFailureException changedMeanwhile) {
				// another run, or a co-chair, published or changed it since it was read: theirs stands
			}
		}
		return published;
	}

	private boolean publishIfDue(UUID id, Instant now) {
		Communique communique = communiques.findById(id).orElse(null);
		if (communique == null || communique.status() != CommuniqueStatus.EMBARGOED
				|| communique.embargoUntil().isAfter(now)) {
			return false;
		}
		communique.publishAtEmbargo(now);
		communiques.save(communique);
		published("system", id);
		return true;
	}

	/** Saves a change, or refuses it if someone else changed the communiqué since it was read (its version). */
	private void saveUnlessChanged(Communique communique) {
		try {
			communiques.save(communique);
		}
		catch (OptimisticLockingFailureException changedMeanwhile) {
			throw new DeskException.Stale("communique.changedSince", communique.status());
		}
	}

	private CommuniqueView published(String actor, UUID id) {
		Communique communique = communiques.findById(id).orElseThrow(DeskException.NotFound::new);
		events.publishEvent(new CommuniquePublished(actor, communique.roundNumber(), communique.id(), communique.edition(),
				communique.corrects(), communique.publishedAt(), path(communique)));
		return view(Viewer.anonymous(), communique);
	}

	/** The edition being prepared, if the viewer may see it; 404 otherwise (the round, or no edition in preparation). */
	private Communique workingFor(Viewer viewer, int number) {
		rounds.round(viewer, number);
		return working(communiques.findByRoundNumberOrderByEditionDesc(number))
			.filter(found -> maySeeWorking(viewer, found))
			.orElseThrow(() -> new DeskException.Conflict("communique.noDraft"));
	}

	private Optional<Communique> latest(Viewer viewer, int number) {
		List<Communique> editions = communiques.findByRoundNumberOrderByEditionDesc(number);
		return working(editions).filter(found -> maySeeWorking(viewer, found))
			.or(() -> editions.stream().filter(found -> found.status() == CommuniqueStatus.PUBLISHED).findFirst());
	}

	private static Optional<Communique> working(List<Communique> editions) {
		return editions.stream().filter(found -> found.status() != CommuniqueStatus.PUBLISHED).findFirst();
	}

	/** A draft is the co-chairs' and the secretariat's; shared, the participants' too. */
	private boolean maySeeWorking(Viewer viewer, Communique communique) {
		return policy.maySee(viewer, communique.shared() ? Audience.allParticipants() : Audience.coChairs());
	}

	private List<TerminologyGate.Passage> passages(Communique communique) {
		List<TerminologyGate.Passage> passages = new ArrayList<>();
		for (LanguageCode language : LanguageCode.values()) {
			List<String> paragraphs = communique.paragraphs(language);
			for (int i = 0; i < paragraphs.size(); i++) {
				passages.add(new TerminologyGate.Passage(new TerminologyGate.Place("paragraph", null, i + 1, 0), language,
						paragraphs.get(i)));
			}
		}
		return passages;
	}

	String title(Communique communique, LanguageCode language) {
		return communique.corrects() == null ? phrases.say(language, "communique.title", communique.roundNumber())
				: phrases.say(language, "communique.titleCorrection", communique.roundNumber(), communique.edition());
	}

	static String path(Communique communique) {
		return "/rounds/" + communique.roundNumber() + "/communique#edition-" + communique.edition();
	}

	private CommuniqueView view(Viewer viewer, Communique communique) {
		boolean mediator = policy.maySee(viewer, Audience.coChairs());
		Map<LanguageCode, String> texts = communique.texts();
		Map<LanguageCode, String> titles = new EnumMap<>(LanguageCode.class);
		List<LanguageCode> missing = new ArrayList<>();
		for (LanguageCode language : LanguageCode.values()) {
			if (texts.containsKey(language)) {
				titles.put(language, title(communique, language));
			}
			else {
				missing.add(language);
			}
		}
		List<CommuniqueView.VersionView> versions = new ArrayList<>();
		for (LanguageCode language : LanguageCode.values()) {
			versions.add(new CommuniqueView.VersionView(language, communique.state(language),
					communique.renders(language)));
		}
		return new CommuniqueView(communique.id(), communique.roundNumber(), communique.edition(), communique.corrects(),
				communique.status(), titles, texts, missing, communique.shared(),
				mediator ? communique.embargoUntil() : null, communique.publishedAt(), communique.fingerprint(),
				communique.version(),
				mediator ? communique.approvalHistory().stream().map(Communiques::approvalView).toList() : List.of(),
				mediator ? List.copyOf(communique.missingApprovals()) : List.of(), path(communique),
				actions(viewer, communique), communique.placeholders(), communique.englishRevision(), versions);
	}

	/**
	 * The steps the viewer may take with an edition now: the aggregate's, for the co-chairs and the secretariat; a
	 * correction only of the latest edition, once nothing is in preparation.
	 */
	private List<CommuniqueAction> actions(Viewer viewer, Communique communique) {
		if (!viewer.isMediator()) {
			return List.of();
		}
		Set<CommuniqueAction> actions = communique.availableActions(viewer.institution());
		if (actions.contains(CommuniqueAction.CORRECT)
				&& communiques.findByRoundNumberOrderByEditionDesc(communique.roundNumber()).get(0).edition() != communique.edition()) {
			actions.remove(CommuniqueAction.CORRECT);
		}
		return List.copyOf(actions);
	}

	private static CommuniqueView.ApprovalView approvalView(CommuniqueApproval approval) {
		return new CommuniqueView.ApprovalView(approval.institution(), approval.approvedBy(), approval.approvedAt(),
				approval.textHash(), approval.withdrawnAt());
	}
}
