package org.mediationdesk.texts;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.Map;

/**
 * A revision as circulated, kept for good: the heading and, provision by provision, the wordings tabled to all,
 * with their sponsors; no stance and no wording in confidence. It is a record of its own, with a format number,
 * so that a change to how texts are shown never changes what a stored revision says; each format ever written
 * stays readable ({@link Revisions}).
 *
 * @param format {@value #FORMAT} for snapshots written now; 1 for the first ones, which were the text's view
 */
record RevisionSnapshot(int format, String symbol, String title, String titleRu, String chapeau, String chapeauRu,
		List<String> requiredGroups, List<ProvisionEntry> provisions) {

	static final int FORMAT = 2;

	/** A provision as circulated, and the wording that settled it then, if any. */
	record ProvisionEntry(String eId, UUID settledBy, List<WordingEntry> wordings) {
	}

	record WordingEntry(UUID id, String sponsor, List<String> cosponsors, String english, String russian, int introducedIn) {

		List<String> sponsors() {
			List<String> all = new ArrayList<>();
			all.add(sponsor);
			all.addAll(cosponsors);
			return all;
		}
	}

	/** The text as it goes out now: its tabled wordings only. */
	static RevisionSnapshot of(NegotiatingText text, StanceMatrix matrix) {
		Map<String, List<SponsoredWording>> byProvision = text.wordingsByProvision();
		List<ProvisionEntry> provisions = text.provisions()
			.stream()
			.map(provision -> new ProvisionEntry(provision.eId(), matrix.settledBy(provision.eId()), byProvision
				.get(provision.eId())
				.stream()
				.filter(wording -> !wording.confidential())
				.map(wording -> new WordingEntry(wording.id(), wording.sponsor(), wording.cosponsors(),
						wording.english().text(), Wording.text(wording.russian()), wording.introducedIn()))
				.toList()))
			.toList();
		return new RevisionSnapshot(FORMAT, text.symbol(), text.title(), text.titleRu(), text.chapeau(), text.chapeauRu(),
				text.requiredGroups(), provisions);
	}

	/** The revision shown as a text: circulated, numbered, with what was open then. */
	TextView view(UUID textId, int number) {
		List<TextView.ProvisionView> views = new ArrayList<>();
		int openProvisions = 0;
		int openBrackets = 0;
		int openWordings = 0;
		for (int p = 0; p < provisions.size(); p++) {
			ProvisionEntry provision = provisions.get(p);
			List<TextView.WordingView> wordings = provision.wordings()
				.stream()
				.map(wording -> new TextView.WordingView(wording.id(), wording.sponsor(), wording.cosponsors(),
						wording.english(), wording.russian(), wording.introducedIn(), false,
						new Wording(wording.english()).brackets(), false, Map.of(), false))
				.toList();
			if (provision.settledBy() == null) {
				openProvisions++;
				openWordings += wordings.size();
				openBrackets += wordings.stream().mapToInt(TextView.WordingView::brackets).sum();
			}
			views.add(new TextView.ProvisionView(provision.eId(), p + 1, wordings, provision.settledBy()));
		}
		return new TextView(textId, symbol, title, titleRu, chapeau, chapeauRu, TextStatus.CIRCULATED, number,
				requiredGroups, false, views, 0, openProvisions, openBrackets, openWordings, 0, false, List.of(), false, null);
	}
}
