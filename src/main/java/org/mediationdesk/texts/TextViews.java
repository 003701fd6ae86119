package org.mediationdesk.texts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mediationdesk.identity.Viewer;
import org.springframework.stereotype.Component;

/**
 * Builds a text as one viewer may see it: only the wordings the access policy lets them read, only the
 * stances the seal lets them see, and the counts of what remains open among what they see.
 */
@Component
class TextViews {

	private final Sides sides;
	private final StanceLog stances;
	private final TextHistoryLog history;

	TextViews(Sides sides, StanceLog stances, TextHistoryLog history) {
		this.sides = sides;
		this.stances = stances;
		this.history = history;
	}

	TextView view(Viewer viewer, NegotiatingText text) {
		StanceMatrix matrix = stances.matrix(text);
		String own = sides.groupOf(viewer);
		String side = viewer.isMediator() ? SponsoredWording.CO_CHAIRS : own;
		List<TextView.ProvisionView> views = new ArrayList<>();
		int sealed = 0;
		int openProvisions = 0;
		int openBrackets = 0;
		int openWordings = 0;
		List<Provision> provisions = text.provisions();
		Map<String, List<SponsoredWording>> byProvision = text.wordingsByProvision();
		for (int p = 0; p < provisions.size(); p++) {
			String eId = provisions.get(p).eId();
			UUID settledBy = matrix.settledBy(eId);
			List<TextView.WordingView> shown = new ArrayList<>();
			for (SponsoredWording wording : byProvision.get(eId)) {
				if (!sides.mayRead(viewer, text, wording)) {
					continue;
				}
				if (viewer.isMediator()) {
					// the co-chairs see how many stances are sealed; a group sees nothing of the others'
					sealed += matrix.sealedFrom(wording.id(), null);
				}
				Map<String, TextView.StanceView> visible = new LinkedHashMap<>();
				matrix.visibleTo(wording.id(), own)
					.forEach((group, stance) -> visible.put(group, new TextView.StanceView(stance.kind(), stance.comment())));
				// the co-chairs know of every stance, sealed or not; a group only of those it sees
				boolean withdrawable = text.editable() && wording.sponsor().equals(side)
						&& (viewer.isMediator() ? !matrix.anyStance(wording.id()) : visible.isEmpty());
				shown.add(new TextView.WordingView(wording.id(), wording.sponsor(), wording.cosponsors(),
						wording.english().text(), Wording.text(wording.russian()), wording.introducedIn(),
						wording.confidential(), wording.english().brackets(), matrix.everyoneStated(wording.id()), visible,
						withdrawable));
			}
			if (settledBy == null) {
				openProvisions++;
				openWordings += shown.size();
				openBrackets += shown.stream().mapToInt(TextView.WordingView::brackets).sum();
			}
			views.add(new TextView.ProvisionView(eId, p + 1, shown, settledBy));
		}
		List<CoChairsAction> actions = viewer.isMediator() ? List.copyOf(text.availableActions()) : List.of();
		return new TextView(text.id(), text.symbol(), text.title(), text.titleRu(), text.chapeau(), text.chapeauRu(),
				text.status(), text.revision(), text.requiredGroups(), text.revealedAt() != null, views, sealed,
				openProvisions, openBrackets, openWordings, history.seenBy(viewer, text.id()), text.editable(), actions,
				text.privateDraft(), text.intendedAudience());
	}

	/** The text with its Russian title, chapeau and wordings in place of the English, or the English marked. */
	static TextView inRussian(TextView text, String englishOnly) {
		List<TextView.ProvisionView> provisions = text.provisions()
			.stream()
			.map(provision -> new TextView.ProvisionView(provision.eId(), provision.number(), provision.wordings()
				.stream()
				.map(w -> new TextView.WordingView(w.id(), w.sponsor(), w.cosponsors(),
						w.textRu() != null ? w.textRu() : w.textEn() + " " + englishOnly, w.textRu(), w.introducedIn(),
						w.confidential(), w.brackets(), w.revealed(), w.stances(), w.withdrawable()))
				.toList(), provision.settledBy()))
			.toList();
		return new TextView(text.id(), text.symbol(),
				text.titleRu() != null ? text.titleRu() : text.title() + " " + englishOnly, text.titleRu(),
				text.chapeauRu() != null ? text.chapeauRu() : text.chapeau() == null ? null : text.chapeau() + " " + englishOnly,
				text.chapeauRu(), text.status(), text.revision(), text.requiredGroups(), text.revealed(), provisions,
				text.sealed(), text.openProvisions(), text.openBrackets(), text.openWordings(), text.seen(), text.editable(),
				text.actions(), text.privateDraft(), text.audience());
	}
}
