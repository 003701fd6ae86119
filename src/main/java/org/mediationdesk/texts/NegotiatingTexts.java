package org.mediationdesk.texts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mediationdesk.confidentiality.AccessPolicy;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceKind;
import org.mediationdesk.confidentiality.SqlPredicate;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.terminology.CheckResult;
import org.mediationdesk.terminology.Finding;
import org.mediationdesk.terminology.TerminologyCheck;
import org.mediationdesk.terminology.TextKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Negotiating texts: the co-chairs and secretariat create them, add provisions and alternatives, circulate,
 * freeze, reveal and agree; participants propose alternatives for their group and state its stances. Each
 * text is seen by its audience only; a confidential alternative by the co-chairs and its sponsor; a sealed
 * stance by its group only.
 */
@Service
public class NegotiatingTexts {

	/** The sponsor of the co-chairs' own alternatives. */
	public static final String CO_CHAIRS = "CO_CHAIRS";

	private final NegotiatingTextRepository texts;
	private final JdbcClient jdbc;
	private final AccessPolicy policy;
	private final ParticipantDirectory directory;
	private final TerminologyCheck terminology;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final JsonMapper json;
	private final org.springframework.context.MessageSource messages;

	NegotiatingTexts(NegotiatingTextRepository texts, JdbcClient jdbc, AccessPolicy policy, ParticipantDirectory directory,
			TerminologyCheck terminology, ApplicationEventPublisher events, Clock clock, JsonMapper json,
			org.springframework.context.MessageSource messages) {
		this.texts = texts;
		this.jdbc = jdbc;
		this.policy = policy;
		this.directory = directory;
		this.terminology = terminology;
		this.events = events;
		this.clock = clock;
		this.json = json;
		this.messages = messages;
	}

	/** A text to create: its symbol, titles, chapeau, audience and the groups whose stances it needs. */
	public record NewText(String symbol, String title, String titleRu, String chapeau, Audience audience,
			List<String> requiredGroups) {
	}

	/** The texts the viewer may see, by symbol. */
	@Transactional(readOnly = true)
	public List<TextView> list(Viewer viewer) {
		return texts.findAllByOrderBySymbol().stream().filter(text -> policy.maySee(viewer, text.audience()))
			.map(text -> view(viewer, text))
			.toList();
	}

	@Transactional
	public TextView create(Viewer viewer, NewText draft) {
		requireMediator(viewer);
		String symbol = required(draft.symbol(), 100, "texts.symbolInvalid");
		String title = required(draft.title(), 300, "texts.titleInvalid");
		if (texts.existsBySymbol(symbol)) {
			throw new DeskException.Conflict("texts.symbolTaken", symbol);
		}
		if (draft.audience() == null || !policy.mayAssign(viewer, draft.audience())) {
			throw new DeskException.Invalid("document.audienceNotAllowed");
		}
		List<GroupView> requiredGroups = new ArrayList<>();
		for (String code : draft.requiredGroups() == null ? List.<String>of() : draft.requiredGroups()) {
			GroupView group = directory.groupByCode(code).orElseThrow(() -> new DeskException.Invalid("session.groupUnknown", code));
			if (requiredGroups.stream().noneMatch(known -> known.id().equals(group.id()))) {
				requiredGroups.add(group);
			}
			// a group whose stance the text needs must be able to read it
			if (!policy.maySee(new Viewer(null, "required group", org.mediationdesk.identity.Role.PARTICIPANT, null, group.id()),
					draft.audience() == null ? Audience.coChairs() : draft.audience())) {
				throw new DeskException.Invalid("texts.requiredCannotSee", group.code());
			}
		}
		List<String> required = requiredGroups.stream().map(GroupView::code).toList();
		if (required.isEmpty()) {
			throw new DeskException.Invalid("texts.requiredGroups");
		}
		String chapeau = optional(draft.chapeau(), 4000, "texts.chapeauTooLong");
		checkBrackets(chapeau);
		NegotiatingText text = texts.save(NegotiatingText.create(symbol, title, optional(draft.titleRu(), 300,
				"texts.titleInvalid"), chapeau, draft.audience(), required, viewer.username()));
		record(viewer, text, "created", null, "");
		return view(viewer, text);
	}

	/** Adds a provision at the end; its id ({@code para_n}) is never given again. */
	@Transactional
	public String addProvision(Viewer viewer, UUID textId) {
		requireMediator(viewer);
		NegotiatingText text = load(viewer, textId);
		text.requireEditable();
		String eId = text.nextProvisionId();
		int position = jdbc.sql("SELECT COALESCE(MAX(position), -1) + 1 FROM text_provision WHERE text_id = :text")
			.param("text", textId)
			.query(Integer.class)
			.single();
		jdbc.sql("INSERT INTO text_provision (id, text_id, e_id, position, removed) VALUES (:id, :text, :eid, :position, FALSE)")
			.param("id", UUID.randomUUID())
			.param("text", textId)
			.param("eid", eId)
			.param("position", position)
			.update();
		record(viewer, text, "provision-added", eId, "");
		return eId;
	}

	/**
	 * Removes a provision from the text (its wordings and stances stay on record, and its id is not given
	 * again), or moves it one place up or down. The co-chairs', while the text is a draft or circulated.
	 */
	@Transactional
	public void rearrange(Viewer viewer, UUID textId, String eId, String action) {
		requireMediator(viewer);
		NegotiatingText text = load(viewer, textId);
		List<String> order = jdbc.sql("SELECT e_id FROM text_provision WHERE text_id = :text AND NOT removed ORDER BY position")
			.param("text", textId)
			.query(String.class)
			.list();
		int at = order.indexOf(eId);
		if (at < 0) {
			throw new DeskException.NotFound();
		}
		text.requireEditable();
		switch (action == null ? "" : action) {
			case "remove" -> jdbc.sql("UPDATE text_provision SET removed = TRUE WHERE text_id = :text AND e_id = :eid")
				.param("text", textId)
				.param("eid", eId)
				.update();
			case "up", "down" -> {
				int other = action.equals("up") ? at - 1 : at + 1;
				if (other < 0 || other >= order.size()) {
					throw new DeskException.Invalid("texts.cannotMove");
				}
				List<String> moved = new ArrayList<>(order);
				moved.set(at, order.get(other));
				moved.set(other, eId);
				for (int position = 0; position < moved.size(); position++) {
					jdbc.sql("UPDATE text_provision SET position = :position WHERE text_id = :text AND e_id = :eid")
						.param("position", position)
						.param("text", textId)
						.param("eid", moved.get(position))
						.update();
				}
			}
			default -> throw new DeskException.Invalid("texts.actionUnknown", "remove, up, down");
		}
		record(viewer, text, "provision-" + action, eId, "");
	}

	/** An alternative wording of a provision, in English and (optionally) Russian. */
	public record NewAlternative(String textEn, String textRu, String sponsor, boolean confidential) {
	}

	/**
	 * Proposes an alternative for a provision. A participant proposes for their own group; the co-chairs
	 * propose their own or table a group's. A confidential alternative is shared with the co-chairs only.
	 */
	@Transactional
	public UUID propose(Viewer viewer, UUID textId, String eId, NewAlternative alternative) {
		if (!viewer.isMediator() && !viewer.isParticipant()) {
			throw new DeskException.NotFound();
		}
		NegotiatingText text = load(viewer, textId);
		text.requireEditable();
		boolean known = jdbc.sql("SELECT COUNT(*) FROM text_provision WHERE text_id = :text AND e_id = :eid AND NOT removed")
			.param("text", textId)
			.param("eid", eId)
			.query(Integer.class)
			.single() > 0;
		if (!known) {
			throw new DeskException.NotFound();
		}
		String sponsor = viewer.isParticipant() ? ownGroup(viewer)
				: alternative.sponsor() == null || alternative.sponsor().isBlank() || alternative.sponsor().equals(CO_CHAIRS)
						? CO_CHAIRS
						: directory.groupByCode(alternative.sponsor())
							.map(GroupView::code)
							.orElseThrow(() -> new DeskException.Invalid("session.groupUnknown", alternative.sponsor()));
		String english = required(alternative.textEn(), 4000, "texts.alternativeInvalid");
		checkBrackets(english);
		String russian = optional(alternative.textRu(), 4000, "texts.alternativeInvalid");
		checkBrackets(russian);
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO text_alternative (id, text_id, provision_eid, sponsor, text_en, text_ru, introduced_in,"
				+ " confidential, created_by, created_at) VALUES (:id, :text, :eid, :sponsor, :en, :ru, :introduced,"
				+ " :confidential, :by, :at)")
			.param("id", id)
			.param("text", textId)
			.param("eid", eId)
			.param("sponsor", sponsor)
			.param("en", english)
			.param("ru", russian)
			.param("introduced", text.revision() + 1)
			.param("confidential", alternative.confidential())
			.param("by", viewer.username())
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.update();
		// a wording in confidence is on record for its sponsor and the co-chairs, never more widely than the text
		record(viewer, text, "alternative-proposed", eId, sponsor,
				alternative.confidential() ? narrower(text.audience(), confidentialAudience(sponsor)) : text.audience());
		return id;
	}

	/**
	 * A participant's group joins a tabled alternative as one of its sponsors, while the text is a draft or
	 * circulated.
	 */
	@Transactional
	public void cosponsor(Viewer viewer, UUID textId, UUID alternativeId) {
		if (!viewer.isParticipant()) {
			throw new DeskException.NotFound();
		}
		NegotiatingText text = load(viewer, textId);
		String group = ownGroup(viewer);
		AlternativeRow alternative = alternatives(textId).stream()
			.filter(row -> row.id().equals(alternativeId) && mayRead(viewer, row))
			.findFirst()
			.orElseThrow(DeskException.NotFound::new);
		text.requireEditable();
		if (alternative.confidential()) {
			throw new DeskException.Conflict("texts.notTabled");
		}
		boolean already = alternative.sponsor().equals(group) || jdbc.sql(
				"SELECT COUNT(*) FROM text_cosponsor WHERE alternative_id = :alternative AND group_code = :group")
			.param("alternative", alternativeId)
			.param("group", group)
			.query(Integer.class)
			.single() > 0;
		if (already) {
			throw new DeskException.Conflict("texts.alreadySponsor", group);
		}
		jdbc.sql("INSERT INTO text_cosponsor (alternative_id, group_code) VALUES (:alternative, :group)")
			.param("alternative", alternativeId)
			.param("group", group)
			.update();
		record(viewer, text, "cosponsored", alternative.provisionEid(), group);
	}

	/** Tables a confidential alternative to all who see the text: the co-chairs' decision. */
	@Transactional
	public void table(Viewer viewer, UUID textId, UUID alternativeId) {
		requireMediator(viewer);
		NegotiatingText text = load(viewer, textId);
		text.requireEditable();
		AlternativeRow alternative = alternatives(textId).stream()
			.filter(row -> row.id().equals(alternativeId))
			.findFirst()
			.orElseThrow(DeskException.NotFound::new);
		jdbc.sql("UPDATE text_alternative SET confidential = FALSE WHERE id = :id").param("id", alternativeId).update();
		record(viewer, text, "alternative-tabled", alternative.provisionEid(), alternative.sponsor());
	}

	/**
	 * States the viewer's group's stance on an alternative; a later stance replaces it, and the earlier ones
	 * are kept. Only a participant states their group's stance, and only while the text is under negotiation.
	 */
	@Transactional
	public void state(Viewer viewer, UUID textId, UUID alternativeId, StanceKind stance, String comment) {
		if (!viewer.isParticipant()) {
			throw new DeskException.NotFound();
		}
		NegotiatingText text = load(viewer, textId);
		String group = ownGroup(viewer);
		if (!alternatives(textId).stream().anyMatch(row -> row.id().equals(alternativeId) && mayRead(viewer, row))) {
			throw new DeskException.NotFound();
		}
		text.requireOpenForStances();
		if (!text.requiredGroups().contains(group)) {
			throw new DeskException.Conflict("texts.notRequired", group);
		}
		if (stance == null) {
			throw new DeskException.Invalid("texts.stanceRequired");
		}
		jdbc.sql("INSERT INTO text_stance (id, text_id, alternative_id, group_code, stance, comment, stated_by, stated_at)"
				+ " VALUES (:id, :text, :alternative, :group, :stance, :comment, :by, :at)")
			.param("id", UUID.randomUUID())
			.param("text", textId)
			.param("alternative", alternativeId)
			.param("group", group)
			.param("stance", stance.name())
			.param("comment", optional(comment, 1000, "texts.commentTooLong"))
			.param("by", viewer.username())
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.update();
		// that the group stated is for it and the co-chairs; on what, and what it stated, is not on record
		record(viewer, text, "stance-stated", null, "", narrower(text.audience(), confidentialAudience(group)));
	}

	/** Reveals every stance on the text: the co-chairs' decision. */
	@Transactional
	public void reveal(Viewer viewer, UUID textId) {
		requireMediator(viewer);
		NegotiatingText text = load(viewer, textId);
		text.reveal(clock.instant());
		record(viewer, text, "revealed", null, "");
	}

	/** The co-chairs' own wording found to take a side: why a text cannot be circulated. */
	public static class GateRefused extends DeskException.Conflict {

		private final transient List<Finding> findings;

		GateRefused(List<Finding> findings) {
			super("texts.blockers", findings.size());
			this.findings = List.copyOf(findings);
		}

		public List<Finding> findings() {
			return findings;
		}

		@Override
		public Map<String, Object> properties() {
			return Map.of("findings", findings);
		}
	}

	/**
	 * Circulates the text as a new revision, an immutable snapshot of its tabled wording. Refused while the
	 * co-chairs' own wording (the chapeau and their alternatives) has a blocker of the terminology check.
	 */
	@Transactional
	public int circulate(Viewer viewer, UUID textId) {
		requireMediator(viewer);
		NegotiatingText text = load(viewer, textId);
		List<Finding> blockers = new ArrayList<>();
		record Wording(String text, LanguageCode language) {
		}
		// the co-chairs' own words: the heading and their tabled wordings, in both languages
		List<Wording> own = new ArrayList<>(List.of(new Wording(text.title(), LanguageCode.EN),
				new Wording(text.titleRu(), LanguageCode.RU), new Wording(text.chapeau(), LanguageCode.EN),
				new Wording(text.chapeauRu(), LanguageCode.RU)));
		alternatives(textId).stream().filter(row -> row.sponsor().equals(CO_CHAIRS) && !row.confidential()).forEach(row -> {
			own.add(new Wording(row.textEn(), LanguageCode.EN));
			own.add(new Wording(row.textRu(), LanguageCode.RU));
		});
		for (Wording wording : own) {
			if (wording.text() != null) {
				CheckResult result = terminology.check(wording.text(), wording.language(), TextKind.MEDIATOR);
				result.findings().stream().filter(Finding::blocks).forEach(blockers::add);
			}
		}
		if (!blockers.isEmpty()) {
			throw new GateRefused(blockers);
		}
		text.circulate();
		record(viewer, text, "circulated", null, Integer.toString(text.revision()));
		TextView snapshot = view(viewer, text);
		jdbc.sql("INSERT INTO text_revision (text_id, number, circulated_on, snapshot) VALUES (:text, :number, :on, :snapshot)")
			.param("text", textId)
			.param("number", text.revision())
			.param("on", LocalDate.now(clock))
			.param("snapshot", json.writeValueAsString(tabledOnly(snapshot)))
			.update();
		return text.revision();
	}

	/**
	 * One of the co-chairs' actions by name: {@code circulate}, {@code freeze}, {@code unfreeze}, {@code reveal},
	 * {@code agree}, {@code abandon}, or {@code table} (with the alternative to table).
	 */
	@Transactional
	public void act(Viewer viewer, UUID textId, String action, UUID alternative) {
		switch (action == null ? "" : action) {
			case "circulate" -> circulate(viewer, textId);
			case "freeze" -> freeze(viewer, textId, true);
			case "unfreeze" -> freeze(viewer, textId, false);
			case "reveal" -> reveal(viewer, textId);
			case "agree" -> agree(viewer, textId);
			case "abandon" -> abandon(viewer, textId);
			case "table" -> {
				if (alternative == null) {
					load(viewer, textId);
					throw new DeskException.Invalid("texts.alternativeRequired");
				}
				table(viewer, textId, alternative);
			}
			default -> {
				load(viewer, textId);
				throw new DeskException.Invalid("texts.actionUnknown", "circulate, freeze, unfreeze, reveal, agree, abandon, table");
			}
		}
	}

	@Transactional
	public TextView freeze(Viewer viewer, UUID textId, boolean frozen) {
		requireMediator(viewer);
		NegotiatingText text = load(viewer, textId);
		if (frozen) {
			text.freeze();
		}
		else {
			text.unfreeze();
		}
		record(viewer, text, frozen ? "frozen" : "unfrozen", null, "");
		return view(viewer, text);
	}

	/** Marks the text agreed ad referendum (every provision settled), then agreed. */
	@Transactional
	public TextView agree(Viewer viewer, UUID textId) {
		requireMediator(viewer);
		NegotiatingText text = load(viewer, textId);
		if (text.status() == TextStatus.AGREED_AD_REFERENDUM) {
			text.confirm();
		}
		else {
			if (!compute(text).settled()) {
				throw new DeskException.Conflict("texts.notSettled");
			}
			text.agreeAdReferendum();
		}
		record(viewer, text, text.status() == TextStatus.AGREED ? "agreed" : "agreed-ad-referendum", null, "");
		return view(viewer, text);
	}

	@Transactional
	public TextView abandon(Viewer viewer, UUID textId) {
		requireMediator(viewer);
		NegotiatingText text = load(viewer, textId);
		text.abandon();
		record(viewer, text, "abandoned", null, "");
		return view(viewer, text);
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
	 * The co-chairs change the title and chapeau while the text is a draft or circulated. A Russian wording
	 * saved beside an unchanged English one is aligned with it; one kept while its English changed is out of
	 * date until it is saved again.
	 */
	@Transactional
	public TextView editHeading(Viewer viewer, UUID textId, Heading heading) {
		requireMediator(viewer);
		NegotiatingText text = load(viewer, textId);
		String title = required(heading.title(), 300, "texts.titleInvalid");
		String titleRu = optional(heading.titleRu(), 300, "texts.titleInvalid");
		String chapeau = optional(heading.chapeau(), 4000, "texts.chapeauTooLong");
		String chapeauRu = optional(heading.chapeauRu(), 4000, "texts.chapeauTooLong");
		checkBrackets(chapeau);
		checkBrackets(chapeauRu);
		List<String> changed = new ArrayList<>();
		if (!title.equals(text.title())) {
			changed.add("title");
		}
		if (!java.util.Objects.equals(titleRu, text.titleRu())) {
			changed.add("title-ru");
		}
		if (!java.util.Objects.equals(chapeau, text.chapeau())) {
			changed.add("chapeau");
		}
		if (!java.util.Objects.equals(chapeauRu, text.chapeauRu())) {
			changed.add("chapeau-ru");
		}
		boolean confirmed = Boolean.TRUE.equals(heading.russianMatches());
		if (confirmed && (text.titleRuOutOfDate() || text.chapeauRuOutOfDate())) {
			changed.add("russian-aligned");
		}
		if (changed.isEmpty()) {
			return view(viewer, text); // nothing changed: nothing on record, nobody's page overtaken
		}
		text.editHeading(title, titleRu, chapeau, chapeauRu, confirmed);
		record(viewer, text, "heading-edited", null, String.join(",", changed));
		return view(viewer, text);
	}

	/**
	 * Gives a wording its Russian version, or a new one: its sponsor's participants for their group's wording,
	 * the co-chairs for theirs. A side's wording is put into Russian by that side only.
	 */
	@Transactional
	public void translate(Viewer viewer, UUID textId, UUID alternativeId, String textRu) {
		if (!viewer.isMediator() && !viewer.isParticipant()) {
			throw new DeskException.NotFound();
		}
		NegotiatingText text = load(viewer, textId);
		AlternativeRow alternative = alternatives(textId).stream()
			.filter(row -> row.id().equals(alternativeId) && mayRead(viewer, row))
			.findFirst()
			.orElseThrow(DeskException.NotFound::new);
		String side = viewer.isMediator() ? CO_CHAIRS : ownGroup(viewer);
		if (!alternative.sponsor().equals(side)) {
			throw new DeskException.Conflict("texts.notYourWording", alternative.sponsor());
		}
		text.requireEditable();
		String russian = required(textRu, 4000, "texts.alternativeInvalid");
		checkBrackets(russian);
		jdbc.sql("UPDATE text_alternative SET text_ru = :ru WHERE id = :id").param("ru", russian).param("id", alternativeId).update();
		record(viewer, text, "alternative-translated", alternative.provisionEid(), alternative.sponsor(),
				alternative.confidential() ? narrower(text.audience(), confidentialAudience(alternative.sponsor()))
						: text.audience());
	}

	/**
	 * Runs a write made on a view of the text that showed the first {@code seen} changes of its history (as the
	 * writer may see it), unless others have changed the text since in ways the writer may see: then nothing is
	 * written, and the refusal lists those changes. Stances stated since count only if {@code stancesMatter} (for
	 * a stance, and for the co-chairs' actions on the whole text, such as a reveal or an agreement); they do not
	 * stop an edit of the wording. {@code seen} {@code null}: the writer did not say what they saw, and the write
	 * goes ahead. The write is tried first, in the same transaction, so that a write the viewer may not make at
	 * all is refused as such, and undone if the view was stale.
	 */
	@Transactional
	public <T> T unlessChangedSince(Viewer viewer, UUID textId, Long seen, boolean stancesMatter,
			java.util.function.Supplier<T> write) {
		T result = write.get();
		if (seen != null) {
			SqlPredicate visible = policy.visibleTo(viewer, "c");
			List<TextHistory.Change> since = jdbc.sql("SELECT c.changed_at, c.actor, c.side, c.change_kind, c.provision_eid,"
					+ " c.detail FROM text_change c WHERE c.text_id = :text AND " + visible.sql()
					+ " ORDER BY c.seq OFFSET :seen ROWS")
				.param("text", textId)
				.param("seen", Math.max(0, seen))
				.params(visible.parameters())
				.query((row, n) -> Map.entry(row.getString(2), change(viewer, row)))
				.list()
				.stream()
				.filter(entry -> !entry.getKey().equals(viewer.username()))
				.map(Map.Entry::getValue)
				.filter(change -> stancesMatter || !change.change().equals("stance-stated"))
				.toList();
			if (!since.isEmpty()) {
				throw new ChangedMeanwhile(since);
			}
		}
		return result;
	}

	/** The text's history as the viewer may see it, newest first, a page of {@value #HISTORY_PAGE} at a time. */
	@Transactional(readOnly = true)
	public TextHistory history(Viewer viewer, UUID textId, int page) {
		load(viewer, textId);
		int from = Math.max(0, page);
		SqlPredicate visible = policy.visibleTo(viewer, "c");
		long total = jdbc.sql("SELECT COUNT(*) FROM text_change c WHERE c.text_id = :text AND " + visible.sql())
			.param("text", textId)
			.params(visible.parameters())
			.query(Long.class)
			.single();
		List<TextHistory.Change> items = jdbc.sql("SELECT c.changed_at, c.actor, c.side, c.change_kind, c.provision_eid,"
				+ " c.detail FROM text_change c WHERE c.text_id = :text AND " + visible.sql()
				+ " ORDER BY c.seq DESC LIMIT :limit OFFSET :offset")
			.param("text", textId)
			.params(visible.parameters())
			.param("limit", HISTORY_PAGE)
			.param("offset", (long) from * HISTORY_PAGE)
			.query((row, n) -> change(viewer, row))
			.list();
		return new TextHistory(items, from, HISTORY_PAGE, total);
	}

	/** How many changes a page of a text's history shows. */
	public static final int HISTORY_PAGE = 25;

	private static TextHistory.Change change(Viewer viewer, java.sql.ResultSet row) throws java.sql.SQLException {
		// which co-chair or participant made a change is for the co-chairs and secretariat; others see the side
		return new TextHistory.Change(row.getTimestamp(1).toInstant(), viewer.isMediator() ? row.getString(2) : null,
				row.getString(3), row.getString(4), row.getString(5), row.getString(6));
	}

	/**
	 * How many changes of the text's history the viewer may see: a number of the viewer's own, which moves only
	 * with what the viewer may see (never a sequence shared with changes hidden from them).
	 */
	private long seenBy(Viewer viewer, UUID textId) {
		SqlPredicate visible = policy.visibleTo(viewer, "c");
		return jdbc.sql("SELECT COUNT(*) FROM text_change c WHERE c.text_id = :text AND " + visible.sql())
			.param("text", textId)
			.params(visible.parameters())
			.query(Long.class)
			.single();
	}

	@Transactional(readOnly = true)
	public TextView text(Viewer viewer, UUID textId) {
		return view(viewer, load(viewer, textId));
	}

	/** The numbers of the text's revisions, oldest first. */
	@Transactional(readOnly = true)
	public List<Integer> revisions(Viewer viewer, UUID textId) {
		load(viewer, textId);
		return jdbc.sql("SELECT number FROM text_revision WHERE text_id = :text ORDER BY number").param("text", textId)
			.query(Integer.class)
			.list();
	}

	/** A revision as circulated: its provisions and tabled alternatives, without stances. */
	@Transactional(readOnly = true)
	public TextView revision(Viewer viewer, UUID textId, int number) {
		load(viewer, textId);
		String snapshot = jdbc.sql("SELECT snapshot FROM text_revision WHERE text_id = :text AND number = :number")
			.param("text", textId)
			.param("number", number)
			.query(String.class)
			.optional()
			.orElseThrow(DeskException.NotFound::new);
		// a snapshot taken before the view gained a field lacks it: read as absent (0, null), not refused
		return json.readerFor(TextView.class)
			.without(tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.readValue(snapshot);
	}

	/**
	 * What the Russian version lacks or has out of step with the English, as the viewer may see the text: a
	 * title, chapeau or wording without a Russian version; a Russian title or chapeau aligned with an English
	 * one since changed; a Russian wording with a different number of bracketed passages. The English of a
	 * wording is never edited, so its Russian cannot fall behind it otherwise.
	 */
	@Transactional(readOnly = true)
	public List<Missing> missingInRussian(Viewer viewer, UUID textId) {
		NegotiatingText loaded = load(viewer, textId);
		TextView text = view(viewer, loaded);
		List<Missing> missing = new ArrayList<>();
		if (text.titleRu() == null) {
			missing.add(new Missing(Missing.Gap.MISSING, null, 0, null));
		}
		else if (loaded.titleRuOutOfDate()) {
			missing.add(new Missing(Missing.Gap.OUT_OF_DATE, null, 0, null));
		}
		if (text.chapeau() != null && text.chapeauRu() == null) {
			missing.add(new Missing(Missing.Gap.MISSING, "chapeau", 0, null));
		}
		else if (loaded.chapeauRuOutOfDate()) {
			missing.add(new Missing(Missing.Gap.OUT_OF_DATE, "chapeau", 0, null));
		}
		for (TextView.ProvisionView provision : text.provisions()) {
			for (int a = 0; a < provision.alternatives().size(); a++) {
				TextView.AlternativeView alternative = provision.alternatives().get(a);
				if (alternative.textRu() == null) {
					missing.add(new Missing(Missing.Gap.MISSING, provision.eId(), a + 1, alternative.sponsor()));
				}
				else if (brackets(alternative.textRu()) != alternative.brackets()) {
					missing.add(new Missing(Missing.Gap.BRACKETS, provision.eId(), a + 1, alternative.sponsor()));
				}
			}
		}
		return missing;
	}

	/**
	 * What the Russian version lacks, or has out of step with the English: the title ({@code part}
	 * {@code null}), the chapeau ({@code chapeau}), or an option of a provision (its eId).
	 */
	public record Missing(Gap gap, String part, int option, String sponsor) {

		public enum Gap {
			/** No Russian version. */
			MISSING,
			/** The English changed after the Russian was aligned with it. */
			OUT_OF_DATE,
			/** The Russian leaves open a different number of bracketed passages than the English. */
			BRACKETS
		}
	}

	/**
	 * For the co-chairs: the loaded terms in the participants' wordings they may see, by wording. Never
	 * altered: a side's wording stays its own; the co-chairs only see whose vocabulary it uses.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, List<Finding>> findingsInParticipantsWordings(Viewer viewer, UUID textId) {
		requireMediator(viewer);
		Map<UUID, List<Finding>> findings = new LinkedHashMap<>();
		for (TextView.ProvisionView provision : view(viewer, load(viewer, textId)).provisions()) {
			for (TextView.AlternativeView alternative : provision.alternatives()) {
				if (!alternative.sponsor().equals(CO_CHAIRS)) {
					List<Finding> loaded = terminology.check(alternative.textEn(), LanguageCode.EN, TextKind.PARTICIPANT)
						.findings()
						.stream()
						.filter(finding -> finding.severity() != org.mediationdesk.terminology.Severity.OK)
						.toList();
					if (!loaded.isEmpty()) {
						findings.put(alternative.id(), loaded);
					}
				}
			}
		}
		return findings;
	}

	/** Compares two revisions of a text, provision by provision and word by word. */
	@Transactional(readOnly = true)
	public Comparison compare(Viewer viewer, UUID textId, int from, int to) {
		return Comparison.of(from, revision(viewer, textId, from), to, revision(viewer, textId, to));
	}

	/** A text exported as a file. */
	public record Export(String fileName, String mediaType, byte[] content) {
	}

	/** The text as a file for the viewer, in English. */
	@Transactional
	public Export export(Viewer viewer, UUID textId, String format) {
		return export(viewer, textId, format, LanguageCode.EN);
	}

	/**
	 * The text as a file for the viewer: Word ({@code docx}), PDF ({@code pdf}) or Akoma Ntoso ({@code akn}),
	 * holding only what the viewer may see, and no stances; in English or Russian. In Russian, a heading or
	 * wording that has no Russian version yet stands in English, marked as such.
	 */
	@Transactional
	public Export export(Viewer viewer, UUID textId, String format, LanguageCode language) {
		NegotiatingText loaded = load(viewer, textId);
		if (language != LanguageCode.EN && language != LanguageCode.RU) {
			throw new DeskException.Invalid("texts.exportLanguage");
		}
		java.util.Locale locale = language.locale();
		TextExports.Labels labels = new TextExports.Labels() {

			@Override
			public String language() {
				return language == LanguageCode.RU ? "rus" : "eng";
			}

			@Override
			public String get(String code, Object... arguments) {
				return messages.getMessage(code, arguments, locale);
			}
		};
		TextView text = language == LanguageCode.RU ? inRussian(view(viewer, loaded), labels) : view(viewer, loaded);
		String name = text.symbol().replaceAll("[^A-Za-z0-9._-]+", "-") + (text.revision() > 0 ? "-rev" + text.revision() : "")
				+ (language == LanguageCode.RU ? "-ru" : "");
		Export export = switch (format == null ? "" : format.toLowerCase(java.util.Locale.ROOT)) {
			case "docx" -> new Export(name + ".docx",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document", TextExports.docx(text, labels));
			case "pdf" -> new Export(name + ".pdf", "application/pdf", TextExports.pdf(text, labels));
			case "akn" -> new Export(name + ".akn.xml", "application/akn+xml", TextExports.akn(text, labels));
			default -> throw new DeskException.Invalid("texts.exportFormat");
		};
		// who took the text out of the platform, and in which form, is on record like a document's download
		events.publishEvent(new TextChanged(viewer.username(), "exported", loaded.symbol(), export.fileName(), loaded.audience()));
		return export;
	}

	/** The text with its Russian title, chapeau and wordings in place of the English, or the English marked. */
	private static TextView inRussian(TextView text, TextExports.Labels labels) {
		String englishOnly = " " + labels.get("texts.export.englishOnly");
		List<TextView.ProvisionView> provisions = text.provisions()
			.stream()
			.map(provision -> new TextView.ProvisionView(provision.eId(), provision.number(), provision.alternatives()
				.stream()
				.map(a -> new TextView.AlternativeView(a.id(), a.sponsor(), a.cosponsors(),
						a.textRu() != null ? a.textRu() : a.textEn() + englishOnly, a.textRu(), a.introducedIn(), a.confidential(),
						a.brackets(), a.revealed(), a.stances()))
				.toList(), provision.settledBy()))
			.toList();
		return new TextView(text.id(), text.symbol(), text.titleRu() != null ? text.titleRu() : text.title() + englishOnly,
				text.titleRu(), text.chapeauRu() != null ? text.chapeauRu() : text.chapeau() == null ? null : text.chapeau() + englishOnly,
				text.chapeauRu(), text.status(), text.revision(), text.requiredGroups(), text.revealed(), provisions, text.sealed(),
				text.openProvisions(), text.openBrackets(), text.openAlternatives(), text.seen());
	}

	// --- reading -----------------------------------------------------------------------------------------

	record AlternativeRow(UUID id, String provisionEid, String sponsor, String textEn, String textRu, int introducedIn,
			boolean confidential) {
	}

	record StanceRow(UUID alternativeId, String group, StanceKind stance, String comment, java.time.Instant statedAt) {
	}

	private List<AlternativeRow> alternatives(UUID textId) {
		return jdbc.sql("SELECT a.id, a.provision_eid, a.sponsor, a.text_en, a.text_ru, a.introduced_in, a.confidential"
				+ " FROM text_alternative a JOIN text_provision p ON p.text_id = a.text_id AND p.e_id = a.provision_eid"
				+ " WHERE a.text_id = :text AND NOT p.removed ORDER BY a.seq")
			.param("text", textId)
			.query((row, n) -> new AlternativeRow(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
					row.getString(4), row.getString(5), row.getInt(6), row.getBoolean(7)))
			.list();
	}

	/** Each group's latest stance on each alternative. */
	private Map<UUID, Map<String, StanceRow>> stances(UUID textId) {
		Map<UUID, Map<String, StanceRow>> latest = new HashMap<>();
		// in the order recorded: a group's last stance is its stance, whatever the clocks said
		jdbc.sql("SELECT alternative_id, group_code, stance, comment, stated_at FROM text_stance WHERE text_id = :text"
				+ " ORDER BY seq")
			.param("text", textId)
			.query((row, n) -> new StanceRow(row.getObject(1, UUID.class), row.getString(2),
					StanceKind.valueOf(row.getString(3)), row.getString(4), row.getTimestamp(5).toInstant()))
			.list()
			.forEach(stance -> latest.computeIfAbsent(stance.alternativeId(), id -> new LinkedHashMap<>())
				.put(stance.group(), stance));
		return latest;
	}

	private boolean mayRead(Viewer viewer, AlternativeRow alternative) {
		return !alternative.confidential() || viewer.isMediator()
				|| viewer.isParticipant() && alternative.sponsor().equals(groupCode(viewer));
	}

	/** What the package rule says of the whole text, whatever the viewer may see. */
	private TextView compute(NegotiatingText text) {
		return build(null, text);
	}

	private TextView view(Viewer viewer, NegotiatingText text) {
		return build(viewer, text);
	}

	/** The text as the viewer sees it ({@code null}: every alternative and stance, for the package rule). */
	private TextView build(Viewer viewer, NegotiatingText text) {
		List<String> provisions = jdbc.sql("SELECT e_id FROM text_provision WHERE text_id = :text AND NOT removed ORDER BY position")
			.param("text", text.id())
			.query(String.class)
			.list();
		List<AlternativeRow> alternatives = alternatives(text.id());
		Map<UUID, Map<String, StanceRow>> stances = stances(text.id());
		Map<UUID, List<String>> cosponsors = new HashMap<>();
		jdbc.sql("SELECT c.alternative_id, c.group_code FROM text_cosponsor c JOIN text_alternative a ON a.id = c.alternative_id"
				+ " WHERE a.text_id = :text ORDER BY c.group_code")
			.param("text", text.id())
			.query((row, n) -> Map.entry(row.getObject(1, UUID.class), row.getString(2)))
			.list()
			.forEach(entry -> cosponsors.computeIfAbsent(entry.getKey(), id -> new ArrayList<>()).add(entry.getValue()));
		String own = viewer == null ? null : groupCode(viewer);
		List<TextView.ProvisionView> views = new ArrayList<>();
		int sealed = 0;
		int openProvisions = 0;
		int openBrackets = 0;
		int openAlternatives = 0;
		for (int p = 0; p < provisions.size(); p++) {
			String eId = provisions.get(p);
			List<TextView.AlternativeView> shown = new ArrayList<>();
			UUID settledBy = null;
			List<AlternativeRow> ofProvision = alternatives.stream().filter(row -> row.provisionEid().equals(eId)).toList();
			for (AlternativeRow alternative : ofProvision) {
				Map<String, StanceRow> on = stances.getOrDefault(alternative.id(), Map.of());
				boolean everyone = text.requiredGroups().stream().allMatch(on::containsKey);
				if (everyone && text.requiredGroups().stream().allMatch(group -> on.get(group).stance().settles())
						&& !alternative.confidential() && settledBy == null) {
					settledBy = alternative.id();
				}
				if (viewer != null && !mayRead(viewer, alternative)) {
					continue;
				}
				boolean revealed = everyone;
				Map<String, TextView.StanceView> visible = new LinkedHashMap<>();
				for (StanceRow stance : on.values()) {
					boolean unsealed = revealed || text.revealedAt() != null && !stance.statedAt().isAfter(text.revealedAt());
					if (viewer == null || unsealed || stance.group().equals(own)) {
						visible.put(stance.group(), new TextView.StanceView(stance.stance(), stance.comment()));
					}
					else if (viewer.isMediator()) {
						// the co-chairs see how many stances are sealed; a group sees nothing of the others'
						sealed++;
					}
				}
				shown.add(new TextView.AlternativeView(alternative.id(), alternative.sponsor(),
						cosponsors.getOrDefault(alternative.id(), List.of()), alternative.textEn(),
						alternative.textRu(), alternative.introducedIn(), alternative.confidential(),
						brackets(alternative.textEn()), revealed, visible));
			}
			if (settledBy == null) {
				openProvisions++;
				openAlternatives += shown.size();
				openBrackets += shown.stream().mapToInt(TextView.AlternativeView::brackets).sum();
			}
			views.add(new TextView.ProvisionView(eId, p + 1, shown, settledBy));
		}
		return new TextView(text.id(), text.symbol(), text.title(), text.titleRu(), text.chapeau(), text.chapeauRu(),
				text.status(), text.revision(), text.requiredGroups(), text.revealedAt() != null, views, sealed, openProvisions,
				openBrackets, openAlternatives, viewer == null ? 0 : seenBy(viewer, text.id()));
	}

	/** The snapshot of a revision: tabled alternatives only, and no stances. */
	private static TextView tabledOnly(TextView view) {
		List<TextView.ProvisionView> provisions = view.provisions()
			.stream()
			.map(provision -> new TextView.ProvisionView(provision.eId(), provision.number(), provision.alternatives()
				.stream()
				.filter(alternative -> !alternative.confidential())
				.map(alternative -> new TextView.AlternativeView(alternative.id(), alternative.sponsor(), alternative.cosponsors(),
						alternative.textEn(),
						alternative.textRu(), alternative.introducedIn(), false, alternative.brackets(), false, Map.of()))
				.toList(), provision.settledBy()))
			.toList();
		List<TextView.ProvisionView> open = provisions.stream().filter(provision -> provision.settledBy() == null).toList();
		return new TextView(view.id(), view.symbol(), view.title(), view.titleRu(), view.chapeau(), view.chapeauRu(),
				view.status(), view.revision(), view.requiredGroups(), false, provisions, 0, open.size(),
				open.stream().flatMap(p -> p.alternatives().stream()).mapToInt(TextView.AlternativeView::brackets).sum(),
				(int) open.stream().mapToLong(p -> p.alternatives().size()).sum(), 0);
	}

	/** How many bracket pairs an alternative has (its brackets are balanced: they were checked when it was proposed). */
	static int brackets(String text) {
		if (text == null) {
			return 0;
		}
		return (int) text.chars().filter(c -> c == '[').count();
	}

	private static void checkBrackets(String text) {
		if (text == null) {
			return;
		}
		int depth = 0;
		for (char c : text.toCharArray()) {
			if (c == '[') {
				depth++;
				if (depth > 3) {
					throw new DeskException.Invalid("texts.bracketsTooDeep");
				}
			}
			else if (c == ']') {
				depth--;
				if (depth < 0) {
					throw new DeskException.Invalid("texts.bracketsUnbalanced");
				}
			}
		}
		if (depth != 0) {
			throw new DeskException.Invalid("texts.bracketsUnbalanced");
		}
	}

	private NegotiatingText load(Viewer viewer, UUID textId) {
		return texts.findById(textId).filter(text -> policy.maySee(viewer, text.audience()))
			.orElseThrow(DeskException.NotFound::new);
	}

	private String ownGroup(Viewer viewer) {
		String code = groupCode(viewer);
		if (code == null) {
			throw new DeskException.NotFound();
		}
		return code;
	}

	private String groupCode(Viewer viewer) {
		return viewer.isParticipant() && viewer.groupId() != null
				? directory.group(viewer.groupId()).map(GroupView::code).orElse(null) : null;
	}

	/** A group and the co-chairs: for what a group confides (a confidential alternative, the fact of a stance). */
	private Audience confidentialAudience(String sponsor) {
		return sponsor.equals(CO_CHAIRS) ? Audience.coChairs()
				: directory.groupByCode(sponsor).map(group -> Audience.groupAndCoChairs(group.id())).orElse(Audience.coChairs());
	}

	/**
	 * Who may see both the text and what was confided (the co-chairs, or one group and the co-chairs): a text
	 * for the co-chairs stays theirs; on a text for one group and the co-chairs, what another side confided is
	 * for the co-chairs alone. Texts are never a group's private workspace.
	 */
	static Audience narrower(Audience text, Audience confided) {
		return switch (text.kind()) {
			case PUBLIC, ALL_PARTICIPANTS -> confided;
			case GROUP_AND_CO_CHAIRS -> confided.kind() == AudienceKind.GROUP_AND_CO_CHAIRS
					&& confided.group().equals(text.group()) ? text : Audience.coChairs();
			case CO_CHAIRS, GROUP_ONLY -> text;
		};
	}

	private void record(Viewer viewer, NegotiatingText text, String change, String eId, String detail) {
		record(viewer, text, change, eId, detail, text.audience());
	}

	/**
	 * Puts a change on the text's history and in the audit log, for the given audience. Saving the text moves
	 * its version on: of two writes to one text at the same moment, the second fails rather than overwrites.
	 */
	private void record(Viewer viewer, NegotiatingText text, String change, String eId, String detail, Audience audience) {
		texts.save(text);
		jdbc.sql("INSERT INTO text_change (text_id, changed_at, actor, side, change_kind, provision_eid, detail, audience_kind,"
				+ " audience_group) VALUES (:text, :at, :actor, :side, :change, :eid, :detail, :kind, :group)")
			.param("text", text.id())
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.param("actor", viewer.username())
			.param("side", viewer.isMediator() ? CO_CHAIRS : ownGroup(viewer))
			.param("change", change)
			.param("eid", eId)
			.param("detail", detail)
			.param("kind", audience.kind().name())
			.param("group", audience.group())
			.update();
		events.publishEvent(new TextChanged(viewer.username(), change, text.symbol(),
				eId == null ? detail : (eId + " " + detail).strip(), audience));
	}

	private static void requireMediator(Viewer viewer) {
		if (!viewer.isMediator()) {
			throw new DeskException.NotFound();
		}
	}

	/** Text without control characters (other than line breaks and tabs), which no export could carry. */
	private static String printable(String value) {
		return value == null ? null : value.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "");
	}

	private static String required(String value, int max, String code) {
		String clean = value == null ? "" : printable(value).strip();
		if (clean.isEmpty() || clean.length() > max) {
			throw new DeskException.Invalid(code, max);
		}
		return clean;
	}

	private static String optional(String value, int max, String code) {
		String clean = value == null || value.isBlank() ? null : printable(value).strip();
		if (clean != null && clean.length() > max) {
			throw new DeskException.Invalid(code, max);
		}
		return clean;
	}
}
