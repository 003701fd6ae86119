package org.mediationdesk.texts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceKind;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.terminology.TerminologyGate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;

/**
 * A negotiating text: its heading, its provisions in order and their rival wordings, who may see it and where
 * it stands. It guards its own rules: wordings only while it is a draft or circulated, stances only while it
 * is negotiated, the status moving only one way (draft → circulated ⇄ frozen → agreed ad referendum → agreed,
 * or abandoned). Stances are kept beside it, appended, never changed ({@link StanceLog}).
 */
class NegotiatingText {

	@Id
	private UUID id;
	private String symbol;
	private String title;
	private String titleRu;
	private String chapeau;
	private String chapeauRu;
	/** The English title and chapeau that the Russian ones were last aligned with. */
	private String titleRuOf;
	private String chapeauRuOf;
	private AudienceKind audienceKind;
	private UUID audienceGroup;
	private TextStatus status;
	private int revision;
	private String requiredGroups;
	/** When the co-chairs last revealed the stances: those stated before then show, later ones are sealed again. */
	private Instant revealedAt;
	private int nextProvision;
	private String createdBy;
	/** Whether the text is still the co-chairs' own: not yet circulated nor shared for information. */
	private boolean privateDraft;
	@Version
	private Long version;
	@Transient
	private final List<Provision> provisions = new ArrayList<>();
	@Transient
	private final List<SponsoredWording> wordings = new ArrayList<>();

	@PersistenceCreator
	NegotiatingText() {
	}

	static NegotiatingText create(String symbol, String title, String titleRu, Wording chapeau, Audience audience,
			List<String> requiredGroups, String createdBy) {
		NegotiatingText text = new NegotiatingText();
		text.id = UUID.randomUUID();
		text.symbol = symbol;
		text.title = title;
		text.titleRu = titleRu;
		text.titleRuOf = titleRu == null ? null : title;
		text.chapeau = Wording.text(chapeau);
		text.audienceKind = audience.kind();
		text.audienceGroup = audience.group();
		text.status = TextStatus.DRAFT;
		text.requiredGroups = String.join(",", requiredGroups);
		text.nextProvision = 1;
		text.createdBy = createdBy;
		text.privateDraft = true;
		return text;
	}

	/** Gives the text its provisions and wordings as stored, in order. */
	void attach(List<Provision> storedProvisions, List<SponsoredWording> storedWordings) {
		provisions.clear();
		provisions.addAll(storedProvisions);
		provisions.sort(Comparator.comparingInt(Provision::position));
		wordings.clear();
		wordings.addAll(storedWordings);
	}

	// --- status --------------------------------------------------------------------------------------------

	/** Whether provisions and wordings may change: while the text is a draft or circulated. */
	boolean editable() {
		return status == TextStatus.DRAFT || status == TextStatus.CIRCULATED;
	}

	/** Whether the sides may still state stances: until the text is agreed (ad referendum) or abandoned. */
	boolean openForStances() {
		return status == TextStatus.DRAFT || status == TextStatus.CIRCULATED || status == TextStatus.FROZEN;
	}

	private void requireEditable() {
		if (!editable()) {
			throw new DeskException.Conflict("texts.notEditable", status);
		}
	}

	/** The co-chairs' actions that the text's status allows now. */
	Set<CoChairsAction> availableActions() {
		Set<CoChairsAction> actions = EnumSet.noneOf(CoChairsAction.class);
		if (editable()) {
			actions.addAll(List.of(CoChairsAction.CIRCULATE, CoChairsAction.TABLE));
		}
		if (privateDraft && status == TextStatus.DRAFT) {
			actions.add(CoChairsAction.SHARE);
		}
		switch (status) {
			case CIRCULATED -> actions.add(CoChairsAction.FREEZE);
			case FROZEN -> actions.addAll(List.of(CoChairsAction.UNFREEZE, CoChairsAction.AGREE));
			case AGREED_AD_REFERENDUM -> actions.add(CoChairsAction.AGREE);
			default -> {
			}
		}
		if (status != TextStatus.AGREED && status != TextStatus.ABANDONED) {
			actions.add(CoChairsAction.ABANDON);
			if (!privateDraft) {
				// nobody but the co-chairs has read a private draft: there are no stances to reveal
				actions.add(CoChairsAction.REVEAL);
			}
		}
		return actions;
	}

	private void require(CoChairsAction action, TextStatus becomes) {
		if (!availableActions().contains(action)) {
			throw new DeskException.Conflict("texts.illegalTransition", status, becomes);
		}
	}

	/**
	 * Ends the co-chairs' private drafting: from now on the text's audience reads it, and the stances of the
	 * groups named are asked for. Sharing again is refused; a text shared is never private again.
	 */
	void share(Audience audience, List<String> required) {
		if (!privateDraft) {
			throw new DeskException.Conflict("texts.alreadyShared");
		}
		audienceKind = audience.kind();
		audienceGroup = audience.group();
		requiredGroups = String.join(",", required);
		privateDraft = false;
	}

	/** Whether the text is still the co-chairs' own draft, which nobody else sees. */
	boolean privateDraft() {
		return privateDraft;
	}

	/** Circulates the text as its next revision; returns the revision's number. A private draft is shared first. */
	int circulate() {
		requireEditable();
		if (privateDraft) {
			throw new DeskException.Conflict("texts.notShared");
		}
		status = TextStatus.CIRCULATED;
		return ++revision;
	}

	void freeze() {
		require(CoChairsAction.FREEZE, TextStatus.FROZEN);
		status = TextStatus.FROZEN;
	}

	void unfreeze() {
		require(CoChairsAction.UNFREEZE, TextStatus.CIRCULATED);
		status = TextStatus.CIRCULATED;
	}

	/**
	 * A frozen text is agreed ad referendum once every provision is settled (the package rule: nothing is
	 * agreed until everything is); then, confirmed by the capitals, agreed.
	 */
	void agree(boolean everyProvisionSettled) {
		if (status == TextStatus.AGREED_AD_REFERENDUM) {
			status = TextStatus.AGREED;
			return;
		}
		require(CoChairsAction.AGREE, TextStatus.AGREED_AD_REFERENDUM);
		if (!everyProvisionSettled) {
			throw new DeskException.Conflict("texts.notSettled");
		}
		status = TextStatus.AGREED_AD_REFERENDUM;
	}

	void abandon() {
		require(CoChairsAction.ABANDON, TextStatus.ABANDONED);
		status = TextStatus.ABANDONED;
	}

	void reveal(Instant at) {
		if (!availableActions().contains(CoChairsAction.REVEAL)) {
			throw new DeskException.Conflict("texts.closed", status);
		}
		revealedAt = at;
	}

	// --- heading ---------------------------------------------------------------------------------------------

	/**
	 * Changes the title and chapeau, in English and Russian ({@code null}: no Russian version), and says which of
	 * them changed (none: nothing to record). A Russian wording that changes is aligned with the English as it
	 * now stands; one kept as it was stays aligned with the English it was aligned with, so a change of the
	 * English leaves it out of date, unless the editor says the Russian still matches.
	 */
	List<String> editHeading(String newTitle, String newTitleRu, Wording newChapeau, Wording newChapeauRu,
			boolean russianMatches) {
		requireEditable();
		List<String> changed = new ArrayList<>();
		differs(changed, "title", title, newTitle);
		differs(changed, "title-ru", titleRu, newTitleRu);
		differs(changed, "chapeau", chapeau, Wording.text(newChapeau));
		differs(changed, "chapeau-ru", chapeauRu, Wording.text(newChapeauRu));
		if (russianMatches && (titleRuOutOfDate() || chapeauRuOutOfDate())) {
			changed.add("russian-aligned");
		}
		if (changed.isEmpty()) {
			return changed;
		}
		titleRuOf = alignedWith(newTitle, titleRu, newTitleRu, titleRuOf, russianMatches);
		chapeauRuOf = alignedWith(Wording.text(newChapeau), chapeauRu, Wording.text(newChapeauRu), chapeauRuOf,
				russianMatches);
		title = newTitle;
		titleRu = newTitleRu;
		chapeau = Wording.text(newChapeau);
		chapeauRu = Wording.text(newChapeauRu);
		return changed;
	}

	/** Names a part of the heading among those changed if its new wording differs from what it was. */
	private static void differs(List<String> changed, String part, String was, String now) {
		if (!Objects.equals(was, now)) {
			changed.add(part);
		}
	}

	private static String alignedWith(String newEnglish, String russian, String newRussian, String was, boolean matches) {
		if (newRussian == null) {
			return null;
		}
		return matches || !newRussian.equals(russian) ? newEnglish : was;
	}

	/** Whether the Russian title was aligned with an English title since changed. */
	boolean titleRuOutOfDate() {
		return titleRu != null && !title.equals(titleRuOf);
	}

	boolean chapeauRuOutOfDate() {
		return chapeauRu != null && !Objects.equals(chapeau, chapeauRuOf);
	}

	// --- provisions -------------------------------------------------------------------------------------------

	/** Adds a provision at the end; its id is never given again. */
	String addProvision() {
		requireEditable();
		String eId = "para_" + nextProvision++;
		provisions.add(Provision.added(eId, provisions.stream().mapToInt(Provision::position).max().orElse(-1) + 1));
		return eId;
	}

	/** Moves a provision one place up or down among those not removed. */
	void moveProvision(String eId, boolean up) {
		List<Provision> order = new ArrayList<>(provisions());
		int at = order.indexOf(provision(eId));
		requireEditable();
		int other = up ? at - 1 : at + 1;
		if (other < 0 || other >= order.size()) {
			throw new DeskException.Invalid("texts.cannotMove");
		}
		order.set(at, order.get(other));
		order.set(other, provision(eId));
		for (int position = 0; position < order.size(); position++) {
			order.get(position).moveTo(position);
		}
		provisions.sort(Comparator.comparingInt(Provision::position));
	}

	/** Removes a provision from the text; its wordings and stances stay on record. */
	void removeProvision(String eId) {
		Provision provision = provision(eId);
		requireEditable();
		provision.remove();
	}

	/** The provisions of the text, in order, without the removed ones. */
	List<Provision> provisions() {
		return provisions.stream().filter(provision -> !provision.removed()).toList();
	}

	/** A provision of the text (not removed), or 404. */
	Provision provision(String eId) {
		return provisions().stream().filter(provision -> provision.eId().equals(eId)).findFirst()
			.orElseThrow(DeskException.NotFound::new);
	}

	// --- wordings ---------------------------------------------------------------------------------------------

	/**
	 * Proposes a wording for a provision: the side's own (a group's, or the co-chairs'), or, from the co-chairs,
	 * one they put forward in a group's name. In confidence, only its sponsor and the co-chairs see it.
	 */
	SponsoredWording propose(String eId, String sponsor, Wording english, Wording russian, boolean confidential,
			String by, Instant at) {
		provision(eId);
		requireEditable();
		SponsoredWording wording = SponsoredWording.proposed(eId, sponsor, english, russian, revision + 1, confidential,
				by, at);
		wordings.add(wording);
		return wording;
	}

	/** A group joins a tabled wording as one of its sponsors. */
	void cosponsor(UUID wordingId, String group) {
		SponsoredWording wording = wording(wordingId);
		requireEditable();
		if (wording.confidential()) {
			throw new DeskException.Conflict("texts.notTabled");
		}
		if (wording.sponsoredBy(group)) {
			throw new DeskException.Conflict("texts.alreadySponsor", group);
		}
		wording.join(group);
	}

	/** A wording's Russian version, given (again) by its sponsor: a side's words are put into Russian by that side. */
	void translate(UUID wordingId, String side, Wording russian) {
		SponsoredWording wording = wording(wordingId);
		if (!wording.sponsor().equals(side)) {
			throw new DeskException.Conflict("texts.notYourWording", wording.sponsor());
		}
		requireEditable();
		wording.translate(russian);
	}

	/** The co-chairs table a wording shared with them in confidence. */
	void table(UUID wordingId) {
		SponsoredWording wording = wording(wordingId);
		requireEditable();
		wording.table();
	}

	/**
	 * The sponsor takes its wording back, while nobody has stated on it: afterwards it is on record, marked
	 * withdrawn, and no longer negotiated.
	 */
	void withdraw(UUID wordingId, String side, boolean anyStanceStated) {
		SponsoredWording wording = wording(wordingId);
		if (!wording.sponsor().equals(side)) {
			throw new DeskException.Conflict("texts.notYourWording", wording.sponsor());
		}
		requireEditable();
		if (anyStanceStated) {
			throw new DeskException.Conflict("texts.wordingHasStances");
		}
		wording.withdraw();
	}

	/** Refuses a stance that the text does not take now: closed, not asked of the group, or on a withdrawn wording. */
	void requireStance(UUID wordingId, String group) {
		wording(wordingId);
		if (!openForStances()) {
			throw new DeskException.Conflict("texts.closed", status);
		}
		if (!requiredGroups().contains(group)) {
			throw new DeskException.Conflict("texts.notRequired", group);
		}
	}

	/** The wordings being negotiated (not withdrawn) of provisions not removed, in the order proposed. */
	List<SponsoredWording> wordings() {
		Set<String> live = new HashSet<>(provisions().stream().map(Provision::eId).toList());
		return wordings.stream().filter(wording -> !wording.withdrawn() && live.contains(wording.provision())).toList();
	}

	/** The wordings being negotiated, by provision, each provision's in the order proposed. */
	Map<String, List<SponsoredWording>> wordingsByProvision() {
		Map<String, List<SponsoredWording>> byProvision = new HashMap<>();
		provisions().forEach(provision -> byProvision.put(provision.eId(), new ArrayList<>()));
		wordings.stream().filter(wording -> !wording.withdrawn() && byProvision.containsKey(wording.provision()))
			.forEach(wording -> byProvision.get(wording.provision()).add(wording));
		return byProvision;
	}

	/** A wording being negotiated, or 404. */
	SponsoredWording wording(UUID wordingId) {
		return findWording(wordingId).orElseThrow(DeskException.NotFound::new);
	}

	Optional<SponsoredWording> findWording(UUID wordingId) {
		return wordings().stream().filter(wording -> wording.id().equals(wordingId)).findFirst();
	}

	List<SponsoredWording> wordingsOf(String eId) {
		return wordingsByProvision().getOrDefault(eId, List.of());
	}

	/** Every provision and wording ever recorded, for storing: removed and withdrawn ones too. */
	List<Provision> allProvisions() {
		return List.copyOf(provisions);
	}

	List<SponsoredWording> allWordings() {
		return List.copyOf(wordings);
	}

	/**
	 * The co-chairs' own words, for the terminology gate before a revision goes out: the heading and their
	 * tabled wordings, in English and Russian, each with where it stands.
	 */
	List<TerminologyGate.Passage> coChairsPassages() {
		List<TerminologyGate.Passage> passages = new ArrayList<>(List.of(
				new TerminologyGate.Passage(TerminologyGate.Place.of("title"), LanguageCode.EN, title),
				new TerminologyGate.Passage(TerminologyGate.Place.of("title"), LanguageCode.RU, titleRu),
				new TerminologyGate.Passage(TerminologyGate.Place.of("chapeau"), LanguageCode.EN, chapeau),
				new TerminologyGate.Passage(TerminologyGate.Place.of("chapeau"), LanguageCode.RU, chapeauRu)));
		List<Provision> order = provisions();
		Map<String, List<SponsoredWording>> byProvision = wordingsByProvision();
		for (int p = 0; p < order.size(); p++) {
			List<SponsoredWording> of = byProvision.get(order.get(p).eId());
			for (int w = 0; w < of.size(); w++) {
				SponsoredWording wording = of.get(w);
				if (wording.sponsor().equals(SponsoredWording.CO_CHAIRS) && !wording.confidential()) {
					TerminologyGate.Place place = new TerminologyGate.Place("wording", order.get(p).eId(), p + 1, w + 1);
					passages.add(new TerminologyGate.Passage(place, LanguageCode.EN, wording.english().text()));
					passages.add(new TerminologyGate.Passage(place, LanguageCode.RU, Wording.text(wording.russian())));
				}
			}
		}
		return passages;
	}

	// --- reading ----------------------------------------------------------------------------------------------

	UUID id() {
		return id;
	}

	String symbol() {
		return symbol;
	}

	String title() {
		return title;
	}

	String titleRu() {
		return titleRu;
	}

	String chapeau() {
		return chapeau;
	}

	String chapeauRu() {
		return chapeauRu;
	}

	/** Who may see the text now: the co-chairs alone while it is their private draft, then its audience. */
	Audience audience() {
		return privateDraft ? Audience.coChairs() : intendedAudience();
	}

	/** The audience the text is meant for: the one that reads it once it is shared. */
	Audience intendedAudience() {
		return new Audience(audienceKind, audienceGroup);
	}

	TextStatus status() {
		return status;
	}

	int revision() {
		return revision;
	}

	Instant revealedAt() {
		return revealedAt;
	}

	List<String> requiredGroups() {
		return requiredGroups.isBlank() ? List.of() : Arrays.asList(requiredGroups.split(","));
	}
}
